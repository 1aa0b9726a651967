import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

export const WEB_BUNDLE_DIR = Symbol('WEB_BUNDLE_DIR');

/** Paths of the API itself: never answered with the web app, not even when nothing else matches. */
export const API_PATHS = /^\/(graphql|health|metrics|reports|auth)(\/|$|[-.])/;

const YEAR_MS = 365 * 24 * 3600 * 1000;

/** The decoded path of a request address; `undefined` for a malformed one (left to the 404). */
function pathOf(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url, 'http://leerkring.local').pathname);
  } catch {
    return undefined;
  }
}

/**
 * Serves the built web app (`dist/web`): its files as they are, hashed assets cached for a year,
 * and `index.html` for every other page address (`/mijn-week`, `/lessen/...`) so that a reload
 * or a shared link opens the right screen (the SPA fallback). API paths pass untouched.
 */
@Injectable()
export class WebAppMiddleware implements NestMiddleware {
  constructor(@Inject(WEB_BUNDLE_DIR) private readonly dir: string) {}

  use(req: Request, res: Response, next: NextFunction): void {
    // Mounted on a wildcard route, Express makes `req.path` relative to the match ('/'): take the whole path.
    const path = pathOf(req.originalUrl);
    if (path === undefined) {
      next();
      return;
    }
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(path)) {
      next();
      return;
    }
    const asset = path.startsWith('/assets/');
    // `root` keeps every path inside the bundle folder (`..` is refused by send itself).
    res.sendFile(path === '/' ? 'index.html' : path, {
      root: this.dir,
      dotfiles: 'deny',
      // Vite names assets after their content: a new build gets new names.
      ...(asset ? { maxAge: YEAR_MS, immutable: true } : { headers: { 'Cache-Control': 'no-cache' } }),
    }, (error?: Error & { status?: number; statusCode?: number }) => {
      if (!error) return;
      const status = error.status ?? error.statusCode;
      if (res.headersSent || (status !== 404 && status !== 403)) {
        next(error);
        return;
      }
      // A missing asset is a 404, not the page; so is a request that does not want HTML.
      if (asset || !req.accepts('html')) {
        next();
        return;
      }
      res.sendFile('index.html', { root: this.dir, headers: { 'Cache-Control': 'no-cache' } }, (fallbackError?: Error) => {
        if (fallbackError) next(fallbackError);
      });
    });
  }
}
