/** The Fastify application: plugins, authentication, routes, OpenAPI at /api/docs, the web UI and the error handler. */
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { installAuth } from './auth';
import type { ServerContext } from './context';
import { styleNonceSource } from './csp';
import { answerFrameworkError, installErrorHandler } from './error-handler';
import { installNoStore } from './headers';
import { installInputGuard } from './input-guard';
import { installWriteLimit } from './limits';
import { registerRoutes } from './routes';
import { installStatic } from './static';

export async function buildApp(ctx: ServerContext): Promise<FastifyInstance> {
  const { config } = ctx;
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 10 * 1024 * 1024,
    frameworkErrors: answerFrameworkError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installInputGuard(app);
  installNoStore(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // <style> elements need the response's nonce (antd passes it to its CSS-in-JS); style="" attributes, which
        // ECharts tooltips write and which cannot run script, stay allowed (docs/server.md, Content Security Policy).
        styleSrc: ["'self'", styleNonceSource],
        styleSrcAttr: ["'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    // HSTS only makes sense when the site is served over TLS.
    strictTransportSecurity: config.secureCookie,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.upload.maxBytes, files: 1, fields: 10, parts: 12 },
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'jixiao API',
        description: '部门整体支出绩效自评：评分、审核、报告与读取',
        version: '1',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'jixiao_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  installAuth(app, ctx);
  installWriteLimit(app, ctx);
  registerRoutes(app, ctx);
  await installStatic(app, config.webDir);
  return app;
}
