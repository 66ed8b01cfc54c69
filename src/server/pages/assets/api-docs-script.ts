// The API page's script (served at /assets/api-docs.js): starts the Swagger UI viewer, served from the
// swagger-ui-dist package, on the OpenAPI document of this server. Nothing is fetched from elsewhere: the
// validator badge (which calls validator.swagger.io) is off.
export const API_DOCS_SCRIPT = `(function () {
  'use strict';
  var root = document.getElementById('swagger-ui');
  if (!root || typeof window.SwaggerUIBundle !== 'function') return;
  window.SwaggerUIBundle({
    url: root.getAttribute('data-url'),
    domNode: root,
    deepLinking: true,
    validatorUrl: null,
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    defaultModelsExpandDepth: 0,
  });
})();
`;
