// Copy-citation buttons: shown only when this script runs (without it, the citation text is there
// to select). The clipboard API needs a secure context; 127.0.0.1 is one.
for (const button of document.querySelectorAll('button.copy[data-citation]')) {
  const status = button.parentElement.querySelector('.copy-status');
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.citation);
      status.textContent = 'Citation copied.';
    } catch {
      const details = button.parentElement.querySelector('details');
      if (details) details.open = true;
      status.textContent = 'Copying is not allowed here: select the citation below.';
    }
    setTimeout(() => {
      status.textContent = '';
    }, 4000);
  });
}
