// GET /api/openapi.json (the generated OpenAPI 3.1 document) and GET /api/docs (a readable reference
// page rendering it, served from the local swagger-ui-dist package: no network needed).
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import express, { Router } from 'express';

const SWAGGER_DIR = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Enlace API reference</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css" />
</head>
<body>
<div id="reference"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>`;

const DOCS_INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#reference', deepLinking: true,
  persistAuthorization: true, tryItOutEnabled: false });`;

export function referenceRouter(openApi: () => object): Router {
  const router = Router();
  let document: object | null = null;
  router.get('/openapi.json', (_req, res) => {
    document ??= openApi();
    res.json(document);
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(DOCS_PAGE);
  });
  router.get('/docs/init.js', (_req, res) => {
    res.type('application/javascript').send(DOCS_INIT);
  });
  router.use('/docs/assets', express.static(SWAGGER_DIR, { index: false }));
  return router;
}
