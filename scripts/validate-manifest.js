#!/usr/bin/env node
'use strict';
/**
 * Validates the add-in's XML manifest OFFLINE (`npm run validate`).
 *
 *   node scripts/validate-manifest.js [manifest.xml]
 *
 * 1. XML Schema: xmllint (Debian/Ubuntu package libxml2-utils) against Microsoft's XSDs, following
 *    schemas/office-addin-manifest/README.md: a temporary copy of the XSDs is patched (http://
 *    XML Schema namespace, the lazy `{0,3}?` quantifier) and given a stub for the never-published
 *    ContentAppVersionOverridesV1_0.xsd. The XSDs themselves are left unchanged.
 * 2. What the schemas cannot check (they have no key/keyref): every `resid` names a resource in
 *    <Resources>, and no resource id is defined twice.
 *
 * Schemas, first found: $MANIFEST_SCHEMAS; the copy vendored in this repository
 * (schemas/office-addin-manifest/); ../shared/schemas/office-addin-manifest (the sibling folder of
 * the development and CI checkouts).
 *
 * `office-addin-manifest validate` would ask Microsoft's online service instead; it needs the
 * network. Exit codes: 0 valid, 1 invalid, 2 cannot validate (xmllint or schemas missing).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const MAIN_XSD = 'OfficeAppManifestV1_1.xsd';

const CONTENT_STUB = `<?xml version="1.0" encoding="utf-8"?>
<!-- LOCAL STUB (not Microsoft's): imported by OfficeAppManifestV1_1.xsd but never published. -->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified"
    targetNamespace="http://schemas.microsoft.com/office/contentappversionoverrides">
  <xs:element name="VersionOverrides"><xs:complexType>
    <xs:sequence><xs:any processContents="lax" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
    <xs:anyAttribute processContents="lax"/>
  </xs:complexType></xs:element>
</xs:schema>
`;

function schemaCandidates() {
  const list = [];
  if (process.env.MANIFEST_SCHEMAS) list.push({ dir: path.resolve(process.env.MANIFEST_SCHEMAS), from: '$MANIFEST_SCHEMAS' });
  list.push({ dir: path.join(ROOT, 'schemas', 'office-addin-manifest'), from: 'vendored copy' });
  list.push({ dir: path.resolve(ROOT, '..', 'shared', 'schemas', 'office-addin-manifest'), from: 'shared folder' });
  return list;
}

function findSchemas() {
  const candidates = schemaCandidates();
  for (const c of candidates) {
    if (fs.existsSync(path.join(c.dir, MAIN_XSD))) return c;
    if (c.from === '$MANIFEST_SCHEMAS') {
      throw new CannotValidate(`MANIFEST_SCHEMAS=${process.env.MANIFEST_SCHEMAS}: no ${MAIN_XSD} there`);
    }
  }
  throw new CannotValidate(`no ${MAIN_XSD} found; looked in:\n${candidates.map((c) => `  ${c.dir}`).join('\n')}`);
}

class CannotValidate extends Error {}

function checkXmllint() {
  const r = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (r.error && r.error.code === 'ENOENT') {
    throw new CannotValidate(
      'xmllint is not installed. Install it with:\n' +
        '  apt-get install libxml2-utils      (Debian/Ubuntu; sudo if not root)\n' +
        '  brew install libxml2               (macOS; or use the xmllint that ships with Xcode)\n' +
        'On Windows use WSL, or `npx office-addin-manifest validate manifest.xml` (online).',
    );
  }
  if (r.error) throw new CannotValidate(`cannot run xmllint: ${r.error.message}`);
  return ((r.stderr || r.stdout || '').split('\n')[0] || 'xmllint').trim();
}

/** A patched temporary copy of the XSDs; returns its folder. */
function patchedSchemas(dir) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-xsd-'));
  for (const f of fs.readdirSync(dir)) {
    if (!f.endsWith('.xsd')) continue;
    const text = fs
      .readFileSync(path.join(dir, f), 'utf8')
      .replace(/https:\/\/www\.w3\.org\//g, 'http://www.w3.org/')
      .replace(/\{0,3\}\?"/g, '{0,3}"');
    fs.writeFileSync(path.join(work, f), text);
  }
  const stub = path.join(work, 'ContentAppVersionOverridesV1_0.xsd');
  if (!fs.existsSync(stub)) fs.writeFileSync(stub, CONTENT_STUB);
  return work;
}

/** resid references against resource ids (the schemas cannot check them). */
function checkResourceIds(xml) {
  const problems = [];
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  const resources = (body.match(/<Resources>([\s\S]*?)<\/Resources>/) || [, ''])[1];
  const defined = new Map();
  for (const m of resources.matchAll(/<bt:(Image|Url|String)\s[^>]*?\bid="([^"]+)"/g)) {
    const id = m[2];
    if (defined.has(id)) problems.push(`resource id "${id}" is defined twice`);
    defined.set(id, m[1]);
  }
  const used = new Set();
  for (const m of body.matchAll(/\bresid="([^"]+)"/g)) {
    used.add(m[1]);
    if (!defined.has(m[1])) problems.push(`resid="${m[1]}" names no resource in <Resources>`);
  }
  for (const id of defined.keys()) if (!used.has(id)) problems.push(`resource "${id}" is never used (warning)`);
  return problems;
}

function main() {
  const manifest = path.resolve(process.argv[2] || path.join(ROOT, 'manifest.xml'));
  const rel = path.relative(process.cwd(), manifest) || manifest;
  if (!fs.existsSync(manifest)) throw new CannotValidate(`${rel} does not exist`);
  const version = checkXmllint();
  const schemas = findSchemas();
  const work = patchedSchemas(schemas.dir);
  let status;
  try {
    process.stdout.write(`validate: ${rel} against ${path.relative(process.cwd(), schemas.dir) || '.'} (${schemas.from}) with ${version}\n`);
    const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', MAIN_XSD, manifest], { cwd: work, encoding: 'utf8' });
    if (r.error) throw new CannotValidate(`cannot run xmllint: ${r.error.message}`);
    const out = `${r.stdout || ''}${r.stderr || ''}`.trim();
    if (out) process.stdout.write(`${out}\n`);
    status = r.status === 0 ? 0 : r.status === 3 || r.status === 4 || r.status === 1 ? 1 : 2;
    if (r.status !== 0 && status === 2) process.stdout.write(`xmllint exited ${r.status}: the schemas could not be compiled\n`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const problems = checkResourceIds(fs.readFileSync(manifest, 'utf8'));
  for (const p of problems) process.stdout.write(`${rel}: ${p}\n`);
  if (problems.some((p) => !p.endsWith('(warning)')) && status === 0) status = 1;
  process.stdout.write(status === 0 ? `validate: ${rel} is valid\n` : `validate: ${rel} is NOT valid\n`);
  return status;
}

if (require.main === module) {
  try {
    process.exitCode = main();
  } catch (err) {
    if (!(err instanceof CannotValidate)) throw err;
    process.stderr.write(`validate: cannot validate: ${err.message}\n`);
    process.exitCode = 2;
  }
}
module.exports = { checkResourceIds, schemaCandidates };
