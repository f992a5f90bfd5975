// Only http(s) links are published: a javascript: or data: address would run in the app.

/** Values the libraries file puts in its website column that are not addresses at all. */
const NOT_A_SITE = /^(0|oui|non|nc|n\/a|site internet propre|aucun|-|\.)$/i;

export function normaliseWebsite(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const first = raw.trim().split(/\s+|;|\||,(?=\s*(?:https?:|www\.))/)[0] ?? '';
  if (first === '' || NOT_A_SITE.test(first)) return undefined;
  let candidate = first;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(candidate);
  if (scheme) {
    const name = scheme[1]!.toLowerCase();
    // "www.x.fr:8080/…" has no scheme; anything else that is not http(s) is refused.
    if (name !== 'http' && name !== 'https' && !/^[a-z0-9-]+\.[a-z]/i.test(candidate)) return undefined;
    if (name === 'http' || name === 'https') candidate = name + candidate.slice(name.length);
    else candidate = 'https://' + candidate;
  } else if (candidate.startsWith('//')) {
    candidate = 'https:' + candidate;
  } else {
    candidate = 'https://' + candidate;
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(url.hostname)) return undefined;
  return url.href;
}
