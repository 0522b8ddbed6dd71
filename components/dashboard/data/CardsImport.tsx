import type { MessageKey } from '@/i18n';
import { readVCardFile, type CardProblem, type CardRow } from '@/core/vcard';
import { charsetLabel } from '@/core/charset';
import { sendCommand } from '@/messaging/send-command';
import { FileImport, type ReadFile } from './FileImport';

const REASONS: Record<CardProblem['reason'], MessageKey> = {
  badLine: 'vcardBadLine',
  unfinishedCard: 'vcardUnfinished',
  badCard: 'vcardBadCard',
  noName: 'importNoName',
  tooLong: 'importTooLong',
  guessedCharset: 'importGuessedCharset',
};

function read(bytes: Uint8Array): ReadFile<CardRow> {
  const parsed = readVCardFile(bytes);
  if (!parsed.ok) return { ok: false, problem: 'vcardNoCard' };
  return {
    ok: true,
    rows: parsed.cards,
    notes: parsed.problems.map((p) => ({ line: p.line, reason: REASONS[p.reason], values: p.charset ? { charset: charsetLabel(p.charset) } : undefined })),
  };
}

/** vCards from a phone or an address book: one file or many, several cards each, in any charset. */
export function CardsImport() {
  return (
    <FileImport
      title="vcardImport"
      help="vcardImportHelp"
      label="vcardFiles"
      accept=".vcf,.vcard,text/vcard,text/x-vcard"
      multiple
      read={read}
      send={(cards) => sendCommand('importCards', { cards })}
      skipReason={() => 'importNotLinkedInUrl'}
    />
  );
}
