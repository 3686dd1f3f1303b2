"""Writes conformance/cases/<ShortName>.json for the upstream tests whose Go body has the common shape: one
Gateway, routes that must be accepted (and resolve their refs, or carry a named condition), then HTTP requests
with expected responses. Tests of any other shape get no file here and are listed with a reason in
conformance/skipped-tests.yaml.

Usage: python3 generate_cases.py UPSTREAM_CHECKOUT OUT_DIR   (UPSTREAM_CHECKOUT at tag v1.6.1)
"""
import json, os, re, sys, importlib.util

root, out_dir = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('transcribe', os.path.join(here, 'transcribe_expected_responses.py'))
sys.argv = [sys.argv[0], root]
module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module)
expected = module.out
consts = module.consts
tests = json.load(open(os.path.join(here, '..', 'upstream', 'v1.6.1', 'tests.json')))

# Shapes the generic runner does not replay yet (each is named as the reason in skipped-tests.yaml).
special = re.compile(r'CaptureRoundTrip|MirroredTo|weight\.|suite\.Client\.(Update|Delete|Patch|Create)|MakeRequestAndExpectFailure|websocket\.|GetTLSSecret|H2CPriorKnowledge|MakeTLSRequest|ExpectMirroredRequest|grpc\.|tls\.|tcp\.|udp\.|kubernetes\.NewGatewayRef\(gwNN, "')

def resolve(value, env):
    value = value.strip()
    if value.startswith('"'): return json.loads(value)
    return consts.get(value) or env.get(value)

def names(src, env):
    found = {}
    for m in re.finditer(r'(\w+)\s*:?=\s*types\.NamespacedName\{(.*?)\}', src):
        fields = dict(re.findall(r'(Name|Namespace):\s*(?:string\()?([\w."-]+)', m.group(2)))
        if 'Name' in fields and 'Namespace' in fields:
            found[m.group(1)] = '%s/%s' % (resolve(fields['Namespace'], env), resolve(fields['Name'], env))
    for m in re.finditer(r'(\w+)\s*:?=\s*\[\]types\.NamespacedName\{(.*?)\n\s*\}', src, re.S):
        items = []
        for item in re.finditer(r'\{(.*?)\}', m.group(2)):
            fields = dict(re.findall(r'(Name|Namespace):\s*(?:string\()?([\w."-]+)', item.group(1)))
            if 'Name' in fields and 'Namespace' in fields: items.append('%s/%s' % (resolve(fields['Namespace'], env), resolve(fields['Name'], env)))
        found[m.group(1)] = items
    return found

def conditions(src):
    found = {}
    for m in re.finditer(r'(\w+)\s*:?=\s*metav1\.Condition\{(.*?)\}', src, re.S):
        body = m.group(2)
        kind = re.search(r'Type:\s*string\(v1\.\w*?Condition(\w+)\)', body)
        status = re.search(r'Status:\s*metav1\.Condition(\w+)', body)
        reason = re.search(r'Reason:\s*string\(v1\.\w*?Reason(\w+)\)', body)
        if kind and status:
            found[m.group(1)] = {'type': kind.group(1), 'status': status.group(1), 'reason': reason.group(1) if reason else None}
    return found

written = 0
for test in tests:
    path = os.path.join(root, test['source'])
    src = open(path).read()
    file = os.path.basename(path)
    env = module.env_of(src)
    nn = names(src, env)
    gateways = [v for k, v in nn.items() if k.startswith('gw') and isinstance(v, str)]
    accepted_calls = re.findall(r'GatewayAndHTTPRoutesMustBeAccepted\(t, [^)]*?NewGatewayRef\((\w+)\)((?:, \w+(?:\.\.\.)?)*)\)', src)
    if special.search(src) or len(set(gateways)) != 1 or len(accepted_calls) != 1 or file not in expected:
        continue
    responses = expected[file]
    if any('error' in r or '_unresolved' in r for r in responses):
        continue
    gateway = nn[accepted_calls[0][0]]
    routes = []
    for arg in [a.strip().rstrip('.') for a in accepted_calls[0][1].split(',') if a.strip()]:
        value = nn.get(arg)
        routes.extend(value if isinstance(value, list) else [value])
    resolved = []
    for m in re.finditer(r'HTTPRouteMustHaveResolvedRefsConditionsTrue\(t, [^,]+, [^,]+, (\w+), \w+\)', src):
        resolved.append(nn[m.group(1)])
    conds = conditions(src)
    route_conditions = []
    for m in re.finditer(r'HTTPRouteMustHaveCondition\(t, [^,]+, [^,]+, (\w+), \w+, (\w+)\)', src):
        if m.group(2) in conds:
            route_conditions.append(dict(route=nn[m.group(1)], **conds[m.group(2)]))
    case = {
        'shortName': test['shortName'],
        'source': test['source'] + ' (gateway-api v1.6.1)',
        'gateway': gateway,
        'acceptedRoutes': routes,
        'resolvedRefsRoutes': resolved,
        'routeConditions': route_conditions,
        'requests': responses,
    }
    with open(os.path.join(out_dir, test['shortName'] + '.json'), 'w') as handle:
        json.dump(case, handle, indent=1)
        handle.write('\n')
    written += 1
print('wrote %d cases' % written, file=sys.stderr)
