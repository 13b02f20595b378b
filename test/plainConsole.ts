/**
 * uvu sets FORCE_COLOR=1 in its own process for its output (kleur reads it once, when loaded), and the harness
 * honours FORCE_COLOR as Node does, in process and in the children it spawns with this environment. A test that
 * reads what the harness prints imports this module so it reads plain text, whichever test file ran first.
 */
delete process.env["FORCE_COLOR"];
