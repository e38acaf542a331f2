// The API's docs page: Swagger UI over the plugin's own OpenAPI document, whose address the page names.
window.addEventListener('load', () => {
  window.ui = SwaggerUIBundle({
    url: document.body.dataset.spec,
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  });
});
