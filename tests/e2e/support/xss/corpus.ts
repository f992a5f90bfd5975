// Hostile text a data file may hold, in every text field of every source (data-folder.ts). Each
// payload that would run sets `window.__xss` and opens a dialog: the spec watches both.

/** Text fields (names, streets, hours, communes…): HTML, script, template and reading-order tricks. */
export const TEXT_PAYLOADS: string[] = [
  '<script>window.__xss=1;alert(1)</script>',
  '<img src=x onerror="window.__xss=2;alert(2)">',
  '"><svg onload="window.__xss=3;alert(3)"><circle r=9></svg>',
  "'-alert(4)-'\"-alert(4)-\"",
  'javascript:window.__xss=5;alert(5)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==',
  "{{constructor.constructor('window.__xss=7;alert(7)')()}} ${alert(7)} <%= 7*7 %>",
  'Médiathèque \u202Eeuqèhtaidém\u202C de Laon \u2066isolé\u2069',
  'Mé\u200Bdia\u200Cthè\u200Dque\u2060 zéro\uFEFFlargeur',
  `Maison ${'des Services au Public '.repeat(120)}fin`,
  '&lt;b&gt;gras&lt;/b&gt; &amp; &#60;script&#62;alert(11)&#60;/script&#62; &#x3C;img&#x3E;',
  '[cliquez ici](javascript:alert(12)) ![image](https://exemple.invalid/x.png) **gras** <https://exemple.invalid>',
  '<a href="javascript:window.__xss=13;alert(13)">lien</a><iframe src="javascript:alert(13)"></iframe>',
  '</textarea></title></style><script>window.__xss=14</script><!--',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=15></style></mglyph></table></mtext></math>',
  '=HYPERLINK("https://exemple.invalid";"Cliquez") +SUM(1;1) @cmd -2+3',
  'Espace\u0000 numérique\u001b[31m\u0007 \u0085\u009c',
];

/** Link fields (site, booking, e-mail, phone): schemes that must never become a link. */
export const URL_PAYLOADS: string[] = [
  'javascript:window.__xss=101;alert(101)',
  'JaVaScRiPt:alert(102)',
  ' javascript:alert(103)',
  'java\tscript:alert(104)',
  'data:text/html,<script>alert(105)</script>',
  'vbscript:msgbox(106)',
  'https://exemple.invalid/"><img src=x onerror=alert(107)>',
  '//exemple.invalid/%0d%0ajavascript:alert(108)',
  'mailto:x@exemple.invalid?body=<script>alert(109)</script>',
  'tel:+33<script>alert(110)</script>',
  'https://exemple.invalid/ onmouseover=alert(111)',
  'file:///etc/passwd',
];
