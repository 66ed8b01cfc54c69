// The pages app over the consolidated fixture (a SQLite file), sign-in by a user's token through the form.
import assert from 'node:assert/strict';
import { createPagesApp } from '../../../src/server/pages/app.js';
import type { PdfPrinter } from '../../../src/server/pages/env.js';
import { SessionStore } from '../../../src/server/pages/session.js';
import { siteAuth } from '../../../src/server/tokens.js';
import { sqliteDb } from '../../helpers/db.js';
import { PageClient } from '../../helpers/pages.js';
import { consolidatedFixture } from '../../review/consolidated-fixture.js';

export async function consolidatedPages(printPdf: PdfPrinter = () => Promise.reject(new Error('no printer'))) {
  const db = sqliteDb();
  const fixture = await consolidatedFixture(db);
  const store = fixture.service.store;
  const app = createPagesApp({ service: fixture.service, auth: siteAuth(store, false), sessions: new SessionStore(store), printPdf });
  const signedIn = async (token: string, lang = 'en') => {
    const client = new PageClient(app, { 'accept-language': lang });
    await client.get('/signin');
    const res = await client.post('/signin', { token, next: '/consolidated' });
    assert.equal(res.status, 303);
    return client;
  };
  return { ...fixture, app, db, signedIn };
}
