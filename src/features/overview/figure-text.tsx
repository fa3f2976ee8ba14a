/**
 * A formatted figure isolated from the sentence around it, in the order its reader expects. In
 * Urdu a figure with words ("US$ 1.2 ارب", "+0.25 فیصدی پوائنٹس") runs right to left, so the
 * words follow the number, while its Latin part (currency, sign, digits) keeps its own order;
 * a figure of digits and Latin only ("+16.3%", "20+", "US$12.3亿") runs left to right.
 * (A bare <bdi> takes its direction from the first letter: "US$ 1.2 ارب" would read ارب first.)
 */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
const LATIN_PART = /((?:US\$\u00a0?)?[+−±-]?\d[\d.,]*%?\+?)/;

export function FigureText({ text }: { text: string }) {
  if (!RIGHT_TO_LEFT.test(text)) return <bdi dir="ltr">{text}</bdi>;
  return (
    <bdi dir="rtl">
      {text.split(LATIN_PART).map((part, i) =>
        i % 2 ? (
          <bdi dir="ltr" key={i}>
            {part}
          </bdi>
        ) : (
          part
        ),
      )}
    </bdi>
  );
}
