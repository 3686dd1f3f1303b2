import re, glob, os, json, sys
root = sys.argv[1]
feat = {}
for f in glob.glob(root + '/pkg/features/*.go'):
    for m in re.finditer(r'\b(Support\w+)\s+FeatureName\s*=\s*"([^"]+)"', open(f).read()):
        feat[m.group(1)] = m.group(2)
tests = []
for f in sorted(glob.glob(root + '/conformance/tests/*.go')):
    src = open(f).read()
    for m in re.finditer(r'=\s*(?:confsuite|suite)\.ConformanceTest\{(.*?)\n\tTest:', src, re.S):
        body = m.group(1)
        sn = re.search(r'ShortName:\s*"([^"]+)"', body)
        if not sn:
            sn2 = re.search(r'ShortName:\s*(\w+)', body)
            name = sn2.group(1) if sn2 else None
        else:
            name = sn.group(1)
        desc = re.search(r'Description:\s*"((?:[^"\\]|\\.)*)"', body)
        fs = re.search(r'Features:\s*\[\]features\.FeatureName\{(.*?)\}', body, re.S)
        features = [feat.get(x, x) for x in re.findall(r'features\.(\w+)', fs.group(1))] if fs else []
        mans = re.search(r'Manifests:\s*\[\]string\{(.*?)\}', body, re.S)
        manifests = re.findall(r'"([^"]+)"', mans.group(1)) if mans else []
        prov = 'Provisional: true' in body or re.search(r'Provisional:\s*true', body) is not None
        tests.append(dict(shortName=name, source='conformance/tests/' + os.path.basename(f), description=desc.group(1) if desc else '', features=features, manifests=manifests, provisional=bool(prov)))
print(json.dumps(tests, indent=1))
