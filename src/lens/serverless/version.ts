// The content version of the built-in Serverless Lens, apart from its content: what needs the version alone
// (the built-in lens loaded from its generated files) does not load the bilingual source.

/** Version of our lens content; bump it when titles, ids or risk rules change (WA Tool lens versions ≤32 chars). */
export const SERVERLESS_LENS_VERSION = '1.1.0';
