package material

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text the rules do not read (foreign policies, held-out pages in French,
// German, Spanish, Italian and Dutch, and Portuguese in the OTA export) still goes to a reviewer as
// material, but the reviewer must be told what it is about: a change
// under "Durée de conservation" is a retention change, one naming
// "destinataires" a change of recipients. The rules read English; a
// small lexicon of the words a lawyer looks for in each of the five
// languages names the category when the English words named none. It is
// asked only of a change already found foreign, so it costs nothing on
// English text.

// foreignTerm is a term of the lexicon: word beginnings in a row, read on
// text folded by foldForeign ("conserv" is "conservation", "conservons",
// "conservazione").
type foreignTerm struct {
	words []string
	cat   string
	rank  int // cat's place in rubricOrder
}

// foreignLexicon lists, per category, the terms of French, German,
// Spanish, Italian and Dutch privacy notices that say what a passage is
// about. Where a term is the beginning of a longer one of another category
// ("recht", "rechtsgrundlage"), the longer one is counted.
var foreignLexicon = buildForeignLexicon(map[string][]string{
	"identity": {
		"responsable du traitement", "responsable de traitement", "delegue a la protection", "siege social", "qui sommes nous", "editeur du site",
		"verantwortliche", "verantwortlicher", "datenschutzbeauftragte", "impressum", "anbieterkennzeichnung",
		"responsable del tratamiento", "delegado de proteccion", "domicilio social", "quienes somos",
		"titolare del trattamento", "titolare", "responsabile della protezione", "sede legale", "chi siamo",
		"verwerkingsverantwoordelijke", "functionaris voor gegevensbescherming", "wie zijn wij",
		"responsavel pelo tratamento", "encarregado", "quem somos",
	},
	"data": {
		"donnees collectees", "donnees que nous collectons", "categories de donnees", "collect", "adresse ip", "geolocalis",
		"erheb", "erhoben", "kategorien personenbezogener", "ip adresse", "standortdaten",
		"recopil", "recogem", "recab", "datos que tratamos", "categorias de datos", "direccion ip",
		"raccol", "categorie di dati", "indirizzo ip", "dati di navigazione",
		"verzamel", "categorieen persoonsgegevens", "ip adres",
		"recolh", "coletamos", "endereco ip",
		"adresse e mail", "adresse electronique", "numero de telephone", "donnees de localisation",
		"telefonnummer", "e mail adresse", "geratedaten", "gerateinformation", "browserinformation",
		"direccion de correo", "numero de telefono", "datos de ubicacion",
		"indirizzo e mail", "numero di telefono", "dati di localizzazione",
	},
	"purposes": {
		"finalite", "finalites", "a quelles fins", "pourquoi collectons",
		"zweck", "zwecke", "verarbeitungszweck",
		"finalidad", "finalidades", "para que",
		"finalita", "scopo", "scopi",
		"doel", "doelen", "doeleinden",
		"finalidade", "finalidades",
	},
	"legal-basis": {
		"base legale", "base juridique", "bases legales", "fondement", "consentement", "interet legitime", "obligation legale", "execution du contrat", "execution d un contrat",
		"rechtsgrundlage", "rechtsgrundlagen", "einwilligung", "berechtigte interesse", "berechtigten interesse", "berechtigtes interesse", "vertragserfullung",
		"base legal", "base juridica", "legitimacion", "consentimiento", "interes legitimo", "obligacion legal",
		"base giuridica", "basi giuridiche", "consenso", "legittimo interesse", "interesse legittimo", "obbligo legale",
		"rechtsgrond", "grondslag", "toestemming", "gerechtvaardigd belang", "wettelijke verplichting",
		"consentimento", "interesse legitimo", "obrigacao legal",
	},
	"recipients": {
		"destinataire", "partag", "communiquee", "communiquees", "transmis", "transmises", "transmettons", "sous traitant", "prestataire", "partenaire", "tiers", "vend",
		"empfanger", "weitergabe", "weitergeb", "weitergegeben", "auftragsverarbeiter", "dienstleister", "dritte", "dritten", "verkauf",
		"destinatario", "destinatarios", "compart", "cedemos", "cesion", "terceros", "proveedor", "encargado del tratamiento", "encargados del tratamiento", "vend",
		"destinatari", "condivi", "comunicazione dei dati", "terzi", "fornitor", "responsabile del trattamento", "responsabili del trattamento", "vendi",
		"ontvanger", "delen", "gedeeld", "derden", "verwerker", "verwerkers", "verstrek", "verkop",
		"terceiros", "divulg", "partilh", "subcontratante",
		"autorites", "forces de l ordre", "autoridades", "behorden",
	},
	"transfers": {
		"transfert", "transferts", "hors de l union", "hors de l espace", "pays tiers", "clauses contractuelles", "decision d adequation",
		"drittland", "drittlander", "drittlandern", "standardvertragsklausel", "angemessenheitsbeschluss", "ausserhalb der eu", "ausserhalb des ewr", "internationale ubermittlung",
		"transferencia", "transferencias", "paises terceros", "terceros paises", "fuera del espacio", "fuera de la union", "clausulas contractuales", "decision de adecuacion",
		"trasferiment", "paesi terzi", "extra ue", "al di fuori dell", "clausole contrattuali", "decisione di adeguatezza",
		"doorgifte", "buiten de eu", "buiten de europese", "derde land", "derde landen", "modelcontractbepaling", "adequaatheidsbesluit",
	},
	"retention": {
		"conserv", "duree de conservation", "archiv", "supprim",
		"speicherdauer", "aufbewahr", "speicher", "gespeichert", "loschfrist", "geloscht",
		"plazo de conservacion", "suprim", "retenemos", "retencion", "retener",
		"periodo di conservazione", "cancell",
		"bewaartermijn", "bewaren", "bewaard", "bewaart", "verwijder",
	},
	"rights": {
		"droit", "droits", "rectification", "effacement", "opposition", "portabilite", "reclamation", "cnil", "exercer",
		"recht", "rechte", "betroffenenrecht", "auskunft", "berichtigung", "widerspruch", "beschwerde", "aufsichtsbehorde", "datenubertragbarkeit",
		"derecho", "derechos", "rectificacion", "oposicion", "portabilidad", "reclamacion", "ejercer", "supresion",
		"diritt", "rettifica", "opposizione", "portabilita", "reclamo", "garante", "esercit",
		"inzage", "rectificatie", "bezwaar", "klacht", "autoriteit persoonsgegevens", "uitoefen",
		"direito", "direitos", "apagamento", "retificacao", "oposicao",
	},
	"security": {
		"securit", "chiffr", "violation de donnees", "mesures techniques",
		"sicherheit", "datensicherheit", "verschlussel", "datenpanne", "technische und organisatorische",
		"segurid", "cifrad", "brecha", "medidas tecnicas",
		"sicurezza", "crittograf", "violazione dei dati", "misure tecniche",
		"beveilig", "versleutel", "datalek", "technische en organisatorische",
		"seguranca",
	},
	"cookies": {
		"cookie", "cookies", "traceur", "traceurs", "temoin", "temoins", "balise", "pixel",
		"tracking", "tracker",
		"rastreo", "rastreador", "galleta",
		"tracciament", "marcatori",
		"trackers",
	},
	"ai": {
		"decision automatisee", "decisions automatisees", "decision individuelle automatisee", "profilage", "intelligence artificielle",
		"automatisierte entscheidung", "automatisierte einzelentscheidung", "profiling", "kunstliche intelligenz",
		"decisiones automatizadas", "decisiones individuales automatizadas", "elaboracion de perfiles", "inteligencia artificial",
		"processo decisionale automatizzato", "decisioni automatizzate", "profilazione", "intelligenza artificiale",
		"geautomatiseerde besluitvorming", "kunstmatige intelligentie",
	},
	"children": {
		"mineur", "mineurs", "enfant", "enfants", "parental", "titulaire de l autorite parentale",
		"kinder", "kindern", "minderjahrig", "jugendlich", "eltern", "erziehungsberechtigt",
		"menor", "menores", "nino", "ninos", "padre", "padres", "tutor",
		"minori", "minorenn", "bambin", "genitor", "responsabilita genitoriale",
		"kind", "kinderen", "minderjarig", "ouders", "voogd",
		"crianca", "criancas",
	},
	"notice": {
		"modification de la presente", "modifications de la presente", "modifier la presente", "mise a jour de la presente",
		"anderung dieser datenschutz", "anderungen dieser datenschutz",
		"cambios en esta politica", "modificaciones de esta politica", "modificacion de la politica",
		"modifiche alla presente", "modifiche della presente", "aggiornamenti della presente",
		"wijzigingen in deze", "wijziging van deze",
	},
})

func buildForeignLexicon(byCat map[string][]string) map[byte][]foreignTerm {
	lex := map[byte][]foreignTerm{}
	for k, cat := range rubricOrder {
		for _, t := range byCat[cat] {
			w := strings.Fields(t)
			lex[w[0][0]] = append(lex[w[0][0]], foreignTerm{words: w, cat: cat, rank: k})
		}
	}
	return lex
}

// rubricOrder is the order the lexicon's categories are weighed in, so that
// a tie is decided the same way every time.
var rubricOrder = []string{"identity", "data", "purposes", "legal-basis", "recipients", "transfers", "retention", "rights", "security", "cookies", "ai", "children", "notice"}

// foreignCategory names the category of a foreign change from the words it
// changed, the heading over it and the sentences it is in: each term the
// change adds or removes, and the heading, weigh 3; the sentences around
// weigh 1 for each category they name, however often, as a sentence
// repeats its subject ("bewaren … doelen … doelen").  "" when the lexicon
// finds none.
func foreignCategory(changed, heading, context string) string {
	var scores [16]int // by place in rubricOrder
	for _, part := range []struct {
		text   string
		weight int
		once   bool
	}{{changed, 3, false}, {heading, 3, true}, {context, 1, true}} {
		words := strings.Fields(foldForeign(part.text))
		var seen [16]bool
		for i := range words {
			if t := longestForeignTerm(words, i); t != nil && !(part.once && seen[t.rank]) {
				seen[t.rank] = true
				scores[t.rank] += part.weight
			}
		}
	}
	best, bestScore := "", 0
	for k, cat := range rubricOrder {
		if scores[k] > bestScore {
			best, bestScore = cat, scores[k]
		}
	}
	return best
}

// longestForeignTerm is the term of the most words (then letters) that
// starts at words[i]: "responsable du traitement", not "responsable".
func longestForeignTerm(words []string, i int) *foreignTerm {
	var best *foreignTerm
	bestLen := 0
	for k := range foreignLexicon[words[i][0]] {
		t := &foreignLexicon[words[i][0]][k]
		if i+len(t.words) > len(words) {
			continue
		}
		ok, n := true, 0
		for j, w := range t.words {
			if !strings.HasPrefix(words[i+j], w) {
				ok = false
				break
			}
			n += len(w)
		}
		if ok && (best == nil || len(t.words) > len(best.words) || len(t.words) == len(best.words) && n > bestLen) {
			best, bestLen = t, n
		}
	}
	return best
}

// foldForeign writes s in lower case without its accents ("é" is "e",
// "ß" "ss", "œ" "oe"), apostrophes, hyphens and other marks as spaces, so
// that the lexicon's terms are found however a page spells them.
func foldForeign(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		if r < utf8.RuneSelf {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
			} else {
				b.WriteByte(' ')
			}
			continue
		}
		switch base := unaccented(r); {
		case base != "":
			b.WriteString(base)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// spellingMarks are the marks a text may write or leave out without
// changing a word: apostrophes, quotation marks and emphasis. Other marks
// count ("10.5" is not "105").
const spellingMarks = "'’‘`\"“”«»„‹›*_\u00ad"

// unaccented is the letter(s) an accented Latin letter is written
// without its accent, "" for any other rune.
func unaccented(r rune) string {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą':
		return "a"
	case 'ç', 'ć', 'č':
		return "c"
	case 'è', 'é', 'ê', 'ë', 'ē', 'ė', 'ę', 'ě':
		return "e"
	case 'ì', 'í', 'î', 'ï', 'ī', 'į':
		return "i"
	case 'ñ', 'ń', 'ň':
		return "n"
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ő':
		return "o"
	case 'ù', 'ú', 'û', 'ü', 'ū', 'ů', 'ű', 'ų':
		return "u"
	case 'ý', 'ÿ':
		return "y"
	case 'ś', 'š':
		return "s"
	case 'ź', 'ż', 'ž':
		return "z"
	case 'ł':
		return "l"
	case 'ř':
		return "r"
	case 'ť':
		return "t"
	case 'ď':
		return "d"
	case 'ß':
		return "ss"
	case 'œ':
		return "oe"
	case 'æ':
		return "ae"
	}
	return ""
}

// sameButSpelling reports two texts that differ only in accents put back
// or taken off, umlauts written out ("ö", "oe"), apostrophes, hyphens,
// quotation marks and spacing: "donnees traitees" → "données traitées",
// "c'est-à-dire" → "c’est à dire". A reader reads the same words.
func sameButSpelling(old, new string) bool {
	if old == new || isASCII(old) && isASCII(new) || sameLetters(old, new) {
		return false // the same letters: formatting, told apart before
	}
	for _, umlauts := range []bool{false, true} {
		a, b := spellingReader{s: old, umlauts: umlauts}, spellingReader{s: new, umlauts: umlauts}
		for {
			ra, rb := a.next(), b.next()
			if ra != rb {
				break
			}
			if ra < 0 {
				return true
			}
		}
	}
	return false
}

// spellingReader reads a text as foldForeignKeep writes it, with its
// spaces left out, a rune at a time and without a copy: sameButSpelling
// is asked of every change in another language.
type spellingReader struct {
	s, pend string
	umlauts bool
}

// next returns the next rune, -1 at the end.
func (f *spellingReader) next() rune {
	if f.pend != "" {
		r := rune(f.pend[0])
		f.pend = f.pend[1:]
		return r
	}
	for f.s != "" {
		r, n := utf8.DecodeRuneInString(f.s)
		f.s = f.s[n:]
		r = unicode.ToLower(r)
		if unicode.IsSpace(r) || unicode.Is(unicode.Pd, r) || strings.ContainsRune(spellingMarks, r) {
			continue
		}
		if f.umlauts {
			switch r {
			case 'ä':
				f.pend = "e"
				return 'a'
			case 'ö':
				f.pend = "e"
				return 'o'
			case 'ü':
				f.pend = "e"
				return 'u'
			}
		}
		if base := unaccented(r); base != "" {
			f.pend = base[1:]
			return rune(base[0])
		}
		return r
	}
	return -1
}

// sameLetters reports two texts with the same letters in lower case, as
// written, accents and all: they differ in marks and spacing alone.
func sameLetters(a, b string) bool {
	next := func(s string) (rune, string) {
		for s != "" {
			r, n := utf8.DecodeRuneInString(s)
			s = s[n:]
			if unicode.IsLetter(r) {
				return unicode.ToLower(r), s
			}
		}
		return -1, ""
	}
	for {
		ra, rest := next(a)
		rb, restb := next(b)
		if ra != rb {
			return false
		}
		if ra < 0 {
			return true
		}
		a, b = rest, restb
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
