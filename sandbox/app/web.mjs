// The live tests' web service: /health reports the release, or fails when HEALTHY=false.
import { createServer } from 'node:http';

const port = Number(process.env.PORT ?? 80);

const server = createServer((request, response) => {
  const healthy = process.env.HEALTHY !== 'false';
  const body = { healthy, release: process.env.RELEASE ?? 'unknown' };
  const status = request.url === '/health' ? (healthy ? 200 : 503) : 404;
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
});

server.listen(port, () => console.log(`listening on ${port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
