/** The popup's draft line for a draft in a language no pack coaches: says so, and offers the packs. */
export function NoCoachingView({ text }: { text: string }) {
  return (
    <div class="draft" data-draft="" data-no-coaching="">
      <p>{text}.</p>
      <p>
        <a
          href={browser.runtime.getURL('/options.html')}
          onClick={(e) => {
            e.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          See the packs
        </a>{' '}
        (English, Spanish, French, German and Portuguese are built in; a trainer can add a pack for more).
      </p>
    </div>
  );
}
