import { describe, expect, it } from 'vitest';
import { buildLlmRequest, readReply } from '../../../utils/llm';
import { LlmSettingsSchema } from '../../../utils/model';

const settings = LlmSettingsSchema.parse({});

describe('buildLlmRequest', () => {
  it('asks for a JSON object, streamed, from the configured model', () => {
    const { body } = buildLlmRequest({ situation: 'thank-champion', facts: [], settings });
    expect(body).toMatchObject({ model: 'gpt-4o-mini', stream: true, response_format: { type: 'json_object' } });
  });

  it('previews the exact body, as JSON', () => {
    const built = buildLlmRequest({ situation: 'reconcile', facts: ['Client: Acme Retail'], draft: 'Hi Helen', settings });
    expect(JSON.parse(built.preview)).toEqual(built.body);
    expect(built.messages).toBe(built.body.messages);
  });

  it('puts facts and draft inside their fences and asks for no rewrite without a draft', () => {
    const withDraft = buildLlmRequest({ situation: 'reconcile', facts: ['Client: Acme Retail'], draft: 'Hi Helen', settings }).messages[1]?.content;
    expect(withDraft).toContain('<facts>\n- Client: Acme Retail\n</facts>');
    expect(withDraft).toContain('<draft>\nHi Helen\n</draft>');
    const without = buildLlmRequest({ situation: 'reconcile', facts: [], settings }).messages[1]?.content;
    expect(without).toContain('No draft yet');
  });

  it('redacts the facts as well as the draft, with one numbering', () => {
    const built = buildLlmRequest({
      situation: 'reconcile',
      facts: ['Billing contact: ap@globex-health.example'],
      draft: 'Please copy ap@globex-health.example',
      settings,
    });
    expect(built.messages[1]?.content).not.toContain('@globex-health.example');
    expect(built.replacements).toHaveLength(1);
  });
});

describe('readReply', () => {
  it('reads a reply wrapped in a Markdown fence', () => {
    const reply = readReply('```json\n{"variants":[{"variant":"brief","text":"Hi"}]}\n```', 'thank-champion', []);
    expect(reply.kind).toBe('ok');
  });

  it('accepts a null subject and a null rewrite', () => {
    const reply = readReply('{"variants":[{"variant":"warm","subject":null,"text":"Hi"}],"rewrite":null}', 'thank-champion', []);
    expect(reply).toEqual({ kind: 'ok', variants: [{ situation: 'thank-champion', variant: 'warm', text: 'Hi', segments: [{ text: 'Hi' }], gaps: [] }] });
  });

  it('marks bracketed placeholders in the subject and text as gaps', () => {
    const reply = readReply('{"variants":[{"variant":"neutral","subject":"Due [deadline date]","text":"Hi [first name],"}]}', 'early-deadline-warning', []);
    expect(reply.kind === 'ok' && reply.variants[0]?.gaps).toEqual(['[deadline date]', '[first name]']);
  });
});
