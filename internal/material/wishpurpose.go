package material

// The reader's aim, said as a condition on a step offered to them, is the
// purpose of the step: "If you are seeking to exercise any of these
// rights, please contact us" is "To exercise any of these rights, please
// get in touch" (b60-22), as "if you wish to" is (wishAsPurpose). The
// verbs are English's verbs of volition that take an infinitive (seek,
// intend, plan, aim, hope, desire, look, and "need" as the fold writes it,
// "require"), a closed class beside the verbs of wanting (wishVerbs). As
// there, the rewrite holds only where the other side says the same verb
// as a purpose and no wish: "if you intend to sell" → "if you sell" keeps
// its condition.

// volitionVerbs are the verbs of aiming at an act, as the fold writes
// them, in the forms that take "to".
var volitionVerbs = map[string]bool{"seek": true, "seeking": true, "intend": true, "intending": true, "plan": true, "planning": true,
	"aim": true, "aiming": true, "hope": true, "hoping": true, "desire": true, "looking": true, "require": true, "requiring": true}
