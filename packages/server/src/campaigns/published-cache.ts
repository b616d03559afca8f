/**
 * The public list's pages kept serialized in memory, so that a campaign gone viral is read from memory (20 000 reads
 * per second), not from SQLite. Each campaign's entries belong to a version of its published list (bumped in the same
 * write as every change to it); a change made by this process invalidates at once, one made by another process sharing
 * the database within {@link RECHECK_MS} (the answers may be cached 30 s by browsers and CDNs anyway).
 */
import { createHash } from 'node:crypto';
import type { Storage } from '../storage/types.js';

/** How often the version is read again from the database when this process changed nothing. */
export const RECHECK_MS = 1000;
/** The most pages kept; past it the cache starts again (offsets are the client's choice, so they are bounded here). */
export const MAX_PAGES = 2000;

/** A serialized page of the public list and its ETag. */
export interface CachedPage {
  body: string;
  /** The body as UTF-8, encoded once: written as is to every client. */
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
  total: number;
}

interface VersionMemo {
  version: number;
  checkedAt: number;
  pending?: Promise<number>;
}

/** The cache of one server process. */
export class PublishedCache {
  #storage: Storage;
  #now: () => number;
  #versions = new Map<string, VersionMemo>();
  #pages = new Map<string, { version: number; page: CachedPage | Promise<CachedPage> }>();

  constructor(storage: Storage, now: () => number = Date.now) {
    this.#storage = storage;
    this.#now = now;
  }

  /** The campaign's published list may have changed (a write of this process): read its version again next time. */
  invalidate(campaign: string): void {
    this.#versions.delete(campaign);
  }

  /** The current version of the campaign's published list. */
  version(campaign: string): number | Promise<number> {
    const now = this.#now();
    const memo = this.#versions.get(campaign);
    if (memo && now - memo.checkedAt < RECHECK_MS) return memo.version;
    if (memo?.pending) return memo.pending;
    const pending: Promise<number> = this.#storage.pledges.version(campaign).then((version) => {
      // Not when invalidated meanwhile: this read may be older than the change.
      if (this.#versions.get(campaign)?.pending === pending) this.#versions.set(campaign, { version, checkedAt: now });
      return version;
    });
    this.#versions.set(campaign, { version: memo?.version ?? -1, checkedAt: memo?.checkedAt ?? -Infinity, pending });
    pending.catch(() => {
      if (this.#versions.get(campaign)?.pending === pending) this.#versions.delete(campaign);
    });
    return pending;
  }

  /**
   * The page when it is in memory and its version current, without waiting for anything (the hot path of a campaign
   * gone viral); undefined when {@link page} has to read the version or the page first.
   */
  peek(campaign: string, limit: number, offset: number): CachedPage | undefined {
    const memo = this.#versions.get(campaign);
    if (!memo || memo.pending || this.#now() - memo.checkedAt >= RECHECK_MS) return undefined;
    const cached = this.#pages.get(`${campaign}\n${limit}\n${offset}`);
    return cached && cached.version === memo.version && !(cached.page instanceof Promise) ? cached.page : undefined;
  }

  /** The page of `limit` published pledges from `offset`, newest first: from memory when its version is current. */
  async page(campaign: string, limit: number, offset: number): Promise<CachedPage> {
    const current = this.version(campaign);
    const version = typeof current === 'number' ? current : await current;
    const key = `${campaign}\n${limit}\n${offset}`;
    const cached = this.#pages.get(key);
    if (cached && cached.version === version) return cached.page;
    if (this.#pages.size >= MAX_PAGES) this.#pages.clear();
    const page = this.#read(campaign, limit, offset);
    this.#pages.set(key, { version, page });
    try {
      const done = await page;
      if (this.#pages.get(key)?.page === page) this.#pages.set(key, { version, page: done });
      return done;
    } catch (error) {
      this.#pages.delete(key);
      throw error;
    }
  }

  /** How many pledges of the campaign are published (from the cached first page). */
  async count(campaign: string): Promise<number> {
    return (await this.page(campaign, 1, 0)).total;
  }

  async #read(campaign: string, limit: number, offset: number): Promise<CachedPage> {
    const { pledges, total } = await this.#storage.pledges.published(campaign, limit, offset);
    const next = offset + pledges.length;
    const body = JSON.stringify({ pledges, total, nextOffset: next < total ? next : null });
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    return { body, bytes: new TextEncoder().encode(body), etag, total };
  }
}

/** Whether an `If-None-Match` header names `etag` (or is `*`); weak and strong forms compare alike. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim();
    return value === '*' || value === etag || value === `W/${etag}`;
  });
}
