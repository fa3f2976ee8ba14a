/** A page's heading and lede (the lede is the page's largest text: Lighthouse's LCP element). */
export function PageHead({ id, title, lede }: { id: string; title: string; lede: string }) {
  return (
    <div className="page-head">
      <h2 id={id} className="page-title">
        {title}
      </h2>
      <p className="page-lede">{lede}</p>
    </div>
  );
}
