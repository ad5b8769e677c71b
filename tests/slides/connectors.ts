// The connectors a bullet must not start with, as the issue lists them, written out independently of the code.
export const CONNECTORS = [
  'إذ', 'حيث', 'فقد', 'وقد', 'كما', 'وهو ما', 'بالإضافة إلى', 'فضلاً عن', 'فضلا عن', 'ففضلا عن', 'خاصةً', 'خاصة',
  'لا سيما', 'مما', 'والتي', 'التي', 'الذي', 'و', 'لكن', 'لكنهم', 'إلا أن', 'في حين', 'بينما', 'فإن', 'إن', 'أن',
];

const MARKS = /[\u064B-\u065F\u0670\u0640]/gu;

/** The connector `text` starts with, or undefined. */
export function leadingConnector(text: string): string | undefined {
  const plain = text.replace(MARKS, '');
  return CONNECTORS.find((c) => plain === c.replace(MARKS, '') || plain.startsWith(`${c.replace(MARKS, '')} `));
}

/** Words a whole clause cannot end on: it would be cut off. */
export const DANGLING_ENDINGS = ['في', 'من', 'على', 'إلى', 'عن', 'مع', 'أن', 'و', 'التي', 'الذي', 'العديد', 'بعض', '،', ','];
