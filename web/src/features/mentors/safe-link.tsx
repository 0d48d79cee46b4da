import { Anchor, Text } from '@mantine/core';

/** The URL when it is a web or mail address (http, https, mailto), else null: stored links are untrusted. */
export function webUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** A link that opens in a new tab when the address is a web address, plain text otherwise. */
export function SafeLink({ href, children }: { href: string; children?: string }) {
  const url = webUrl(href);
  if (!url) return <Text span>{children ?? href}</Text>;
  return (
    <Anchor href={url} target="_blank" rel="noopener noreferrer nofollow">
      {children ?? href}
    </Anchor>
  );
}
