// The browser app's entry point.
import { startApp } from './app/app';

void startApp().then((host) => {
  // Tests and benchmarks read the graph from here; nothing in the app depends on it.
  (window as unknown as { enlace: unknown }).enlace = host;
});
