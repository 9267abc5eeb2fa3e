'use strict';
/**
 * The WPS add-in's package files, built from one base URL (webpack.wps.js adds them to dist-wps/):
 *
 *   jsplugins.xml  online list for oem.ini `[Server] JSPluginsServer=<base>jsplugins.xml`
 *                  (wpsjs src/lib/debug_xmlplugin.js: <jsplugins><jspluginonline name type url/>)
 *   publish.xml    the same entry as wpsjs writes into the user's jsaddons/publish.xml
 *                  (wpsjs src/lib/debug_publish.js configPublish: enable="enable_dev" install="null")
 *   publish.html   our own install page speaking the local WPS service's protocol (see
 *                  src/wps/addin/publish.html; wpsjs's page may not be redistributed modified)
 *   jixiao_<version>.zip  offline: the add-in folder <name>_<version>/ plus jsplugins.xml and
 *                  publish.xml whose <jsplugin> entries point at that folder (wpsjs build.js:
 *                  offline dist folder `${name}_${version}`, CreatePublishXml url="${name}_${version}")
 *
 * Pure functions (strings and bytes in, out): test/web/wpsPackage.test.ts and the build share them.
 */
const { zipSync, strToU8 } = require('fflate');

/** The add-in's name in WPS (jsaddons folder, PluginStorage scope) and its document type. */
const ADDIN_NAME = 'jixiao';
const ADDIN_TYPE = 'et';
const DEFAULT_BASE_URL = 'http://127.0.0.1:3890/';

/** WPS_BASE_URL → an http(s) URL ending with '/' (every package URL is <base> + a relative path). */
function normalizeBase(raw) {
  const value = raw && String(raw).trim() ? String(raw).trim() : DEFAULT_BASE_URL;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`WPS_BASE_URL must be an http:// or https:// URL, not "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`WPS_BASE_URL must be an http:// or https:// URL, not "${value}"`);
  if (url.search || url.hash) throw new Error(`WPS_BASE_URL must be a folder URL without ?query or #hash, not "${value}"`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

const escapeXml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attrs = (o) => Object.entries(o).map(([k, v]) => `${k}="${escapeXml(v)}"`).join(' ');
const list = (element, o) => `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <${element} ${attrs(o)}/>\n</jsplugins>\n`;

/** Online: WPS fetches <base>ribbon.xml and opens <base>index.html. */
function onlineJsplugins({ base, version }) {
  return list('jspluginonline', { name: ADDIN_NAME, type: ADDIN_TYPE, url: base, version });
}

function onlinePublishXml({ base }) {
  return list('jspluginonline', { name: ADDIN_NAME, type: ADDIN_TYPE, url: base, enable: 'enable_dev', install: 'null', customDomain: '' });
}

const offlineFolder = (version) => `${ADDIN_NAME}_${version}`;

/** Offline: the folder beside these files in jsaddons/ (relative, as wpsjs writes it). */
function offlineJsplugins({ version }) {
  return list('jsplugin', { name: ADDIN_NAME, type: ADDIN_TYPE, url: offlineFolder(version), version });
}

function offlinePublishXml({ version }) {
  return list('jsplugin', { name: ADDIN_NAME, type: ADDIN_TYPE, url: offlineFolder(version), version, enable: 'enable_dev', install: 'null', customDomain: '' });
}

/** The install page: the template with the add-in's entry (what wpsjs publish.js lists) filled in. */
function publishHtml(template, { base, version }) {
  const addon = { name: ADDIN_NAME, addonType: ADDIN_TYPE, online: 'true', multiUser: 'false', url: base, version, customDomain: '' };
  if (!template.includes('__JIXIAO_ADDON__')) throw new Error('publish.html template lacks __JIXIAO_ADDON__');
  return template.replace('__JIXIAO_ADDON__', JSON.stringify(addon).replace(/</g, '\\u003c'));
}

/**
 * The offline zip: `files` (path → bytes, the add-in's own files) under <name>_<version>/, and the
 * two lists at the top, ready to be unpacked into jsaddons/.
 */
function offlineZip(files, { version }) {
  const folder = offlineFolder(version);
  const entries = {
    'jsplugins.xml': strToU8(offlineJsplugins({ version })),
    'publish.xml': strToU8(offlinePublishXml({ version })),
  };
  for (const [name, bytes] of Object.entries(files)) entries[`${folder}/${name}`] = bytes;
  // A fixed time: the same input gives the same zip.
  return zipSync(entries, { level: 9, mtime: new Date('2024-01-01T00:00:00Z') });
}

module.exports = {
  ADDIN_NAME,
  ADDIN_TYPE,
  DEFAULT_BASE_URL,
  normalizeBase,
  offlineFolder,
  onlineJsplugins,
  onlinePublishXml,
  offlineJsplugins,
  offlinePublishXml,
  publishHtml,
  offlineZip,
};
