// The PDF printer's one user error: no Chromium where slens looks for it, said in English and Japanese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../src/report/pdf.js';
import { isUserError } from '../../src/util/errors.js';

test('a missing Chromium is a chromium-missing UserError naming the path, in both languages', async () => {
  const before = process.env.SLENS_CHROMIUM;
  process.env.SLENS_CHROMIUM = '/nowhere/chromium';
  try {
    const error: unknown = await launchChromium().then(
      () => assert.fail('Chromium launched from a path that does not exist'),
      (e: unknown) => e,
    );
    assert.ok(isUserError(error));
    assert.equal(error.code, 'chromium-missing');
    assert.equal(error.location.file, '/nowhere/chromium');
    assert.equal(error.messageIn('en'), 'Chromium is not installed at /nowhere/chromium (install Debian\'s "chromium" package or set SLENS_CHROMIUM)');
    assert.equal(error.message, error.messageIn('en'));
    assert.equal(error.messageIn('ja'), 'Chromium が /nowhere/chromium にありません（Debian の「chromium」パッケージをインストールするか、SLENS_CHROMIUM でパスを指定してください）');
  } finally {
    if (before === undefined) delete process.env.SLENS_CHROMIUM;
    else process.env.SLENS_CHROMIUM = before;
  }
});
