import { describe, expect, it } from 'vitest';
import { digestMail } from './digest-mail.js';
import { noticeMail } from './notice-mail.js';
import { isoWeek } from './send-digests.js';

describe('the mails of a team', () => {
  it('counts weekly periods in ISO weeks, Monday to Sunday, across years', () => {
    expect(isoWeek('2026-12-07')).toBe('2026-W50');
    expect(isoWeek('2026-12-13')).toBe('2026-W50');
    expect(isoWeek('2026-12-14')).toBe('2026-W51');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2027-01-04')).toBe('2027-W01');
  });

  it('writes what members typed as text in the HTML, never as markup', () => {
    const mail = digestMail({
      to: 'ada@example.com',
      name: 'Ada <b>',
      choice: 'daily',
      today: '2026-12-08',
      publicUrl: 'https://u.example.com',
      actions: [
        { id: 'check-in:1', kind: 'check-in', dueOn: '2026-12-01', reason: 'Check in on “<script>alert(1)</script>”.', overdue: true },
        { id: 'check-in:2', kind: 'check-in', dueOn: '2026-12-10', reason: 'Check in on “pricing & packaging”.', overdue: false },
      ],
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&#60;script&#62;');
    expect(mail.html).toContain('pricing &#38; packaging');
    expect(mail.text).toContain('- Check in on “<script>alert(1)</script>”. (overdue: it was due 2026-12-01)');
    expect(mail.text).toContain('This week\n- 2026-12-10: Check in on “pricing & packaging”.');
  });

  it('keeps a sender’s name on one line in a notice’s subject', () => {
    const mail = noticeMail({
      to: 'ada@example.com',
      fromName: 'Bo\r\nBcc: everyone@example.com',
      kind: 'backstage',
      conversationId: 'c 1',
      publicUrl: 'https://u.example.com',
    });
    expect(mail.subject).toBe('Bo Bcc: everyone@example.com sent you a backstage request in Understudy');
    expect(mail.text).toContain('https://u.example.com/inbox/c%201');
  });
});
