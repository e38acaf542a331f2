// The plugin's REST API from the browser: the session cookie travels by itself; state changes send the CSRF
// token the standalone host sets in a readable cookie. Inside OFBiz the page hands the component a card token
// (its `token` attribute), sent as a bearer token instead. Errors arrive as RFC 9457 problem details.

import {problemText} from './i18n.js';

/** A refused or failed request: HTTP status (0 when the network failed) and the problem's details. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || (status ? 'HTTP ' + status : 'network error'));
    this.status = status;
    this.problem = problem || {};
  }

  /** The field errors of a 400: {field: message}, in the UI's language where the server gave a code. */
  fieldErrors(t, fmt) {
    const errors = {};
    for (const e of this.problem.errors || []) errors[e.field] = t ? problemText(e, t, fmt) : e.message;
    return errors;
  }
}

/** The API next to the UI's files: /clv/ui/ -> /clv/api/v1/. */
export function defaultBase() {
  return new URL('../api/v1/', import.meta.url).pathname;
}

/** The session's CSRF token, from the cookie the sign-in set (readable by scripts, unlike the session's). */
export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)CLV_CSRF=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

export class Api {
  constructor(base, token) {
    this.base = (base || defaultBase()).replace(/\/?$/, '/');
    this.token = token || null;
  }

  async request(method, path, body) {
    const headers = {Accept: 'application/json'};
    if (this.token) headers.Authorization = 'Bearer ' + this.token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET') {
      const token = csrfToken();
      if (token) headers['X-CSRF-Token'] = token;
    }
    let response;
    try {
      response = await fetch(this.base + path.replace(/^\//, ''), {
        method, headers, credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      throw new ApiError(0, {detail: e.message});
    }
    const text = await response.text();
    let json = null;
    if (text) {
      try {
        json = JSON.parse(text);
      } catch (e) {
        json = {detail: text.slice(0, 200)};
      }
    }
    if (!response.ok) throw new ApiError(response.status, json);
    return json;
  }

  get(path) {
    return this.request('GET', path);
  }

  /** Saves a file the API answers (an export) under the name given: for a token, which a plain link cannot send. */
  async download(path, name) {
    const response = await fetch(this.base + path, {headers: {Authorization: 'Bearer ' + this.token}});
    if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    URL.revokeObjectURL(url);
  }

  put(path, body) {
    return this.request('PUT', path, body);
  }

  post(path, body) {
    return this.request('POST', path, body === undefined ? {} : body);
  }
}

/** A path segment: party ids may hold any character but control characters. */
export function segment(text) {
  return encodeURIComponent(text);
}
