/** Particles that begin a surname written without the given name: "von der Leyen", "de Villepin", "ter Stegen". */
export const LEADING_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'de', 'der', 'den', 'ter', 'ten', 'du', 'da', 'del', 'della', 'di', 'dos', 'das', 'le', 'la', 'zu', 'fon', 'dyu']);
