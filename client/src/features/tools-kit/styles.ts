// Each tool brings its own styles as a <style> element, so it can be added or removed on its own
// without touching the shared stylesheet.
export function injectStyles(id: string, css: string): void {
  if (document.getElementById(id)) return;
  const style = document.createElement('style');
  style.id = id;
  style.textContent = css;
  document.head.appendChild(style);
}
