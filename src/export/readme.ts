// LISEZMOI.txt, kept beside a CSV export: a CSV cannot carry a header comment, so the licence,
// the attribution, the sources with their dates and the schema travel in this plain-text file.
// In French, like the data and the schema it describes.
import { LICENCE, SCHEMA } from './national-schema';
import type { ExportResult } from './export-places';
import type { Refusal } from './to-schema-row';

export const REFUSAL_TEXT: Record<Refusal, string> = {
  'nom-missing': 'nom manquant',
  'commune-missing': 'commune manquante',
  'adresse-missing': 'adresse (voie) manquante',
  'code_postal-missing': 'code postal manquant',
  'code_postal-invalid': 'code postal invalide',
  'date_maj-missing': 'date de mise à jour inconnue',
  'id-duplicate': 'lieu en double',
};

/** Beyond this many, the refused places are counted by reason rather than listed one by one. */
const LIST_LIMIT = 50;

export function toReadme(result: ExportResult, dataFile: string): string {
  const m = result.metadata;
  const lines: string[] = [];
  const title = `Repère — lieux d'aide au numérique au format national « ${SCHEMA.title} »`;
  lines.push(title, '='.repeat(title.length), '');
  lines.push(`Fichier de données : ${dataFile} (${m.count} lieux)`);
  lines.push(`Généré le : ${m.generated}${m.dataDate ? ` (index des données du ${m.dataDate})` : ''}`);
  lines.push(`Schéma : ${m.schema.name} ${m.schema.version} — ${m.schema.url}`);
  lines.push('Format : CSV (RFC 4180), séparateur virgule, encodage UTF-8 ; dans une cellule, les valeurs multiples sont séparées par « | ».');
  lines.push('', 'Licence', '-------');
  lines.push(`${LICENCE.name} (Etalab) — ${LICENCE.url}`);
  lines.push(
    'Vous pouvez copier, modifier et diffuser ces données, y compris à des fins commerciales, à condition de mentionner leur source et la date de leur dernière mise à jour. Gardez ce fichier avec le fichier de données.',
  );
  lines.push('', 'Attribution à reprendre', '-----------------------', m.attribution);
  lines.push('', 'Sources', '-------');
  for (const s of m.sources) lines.push(`- ${s.publisher} — ${s.title} — ${s.date} — ${s.licence} — ${s.url}`);
  lines.push('', 'Conventions', '-----------');
  for (const [field, text] of Object.entries(m.conventions)) lines.push(`- ${field} : ${text}`);
  if (result.refused.length) {
    const heading = `Lieux non exportés (${result.refused.length})`;
    lines.push('', heading, '-'.repeat(heading.length));
    lines.push('Il leur manque un champ obligatoire du schéma : ils ne sont pas écrits plutôt que d\'être écrits invalides.');
    if (result.refused.length <= LIST_LIMIT) {
      for (const r of result.refused) lines.push(`- ${r.nom} (${r.id}) : ${r.reasons.map((x) => REFUSAL_TEXT[x]).join(', ')}`);
    } else {
      const counts = new Map<Refusal, number>();
      for (const r of result.refused) for (const x of r.reasons) counts.set(x, (counts.get(x) ?? 0) + 1);
      for (const [reason, n] of [...counts].sort((a, b) => b[1] - a[1])) lines.push(`- ${REFUSAL_TEXT[reason]} : ${n}`);
    }
  }
  return lines.join('\r\n') + '\r\n';
}
