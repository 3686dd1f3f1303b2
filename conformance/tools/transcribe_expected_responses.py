"""Transcribes http.ExpectedResponse literals from the upstream Go tests into JSON (one list per Go file)."""
import re, sys, json, glob, os

consts = {}
for m in re.finditer(r'\b(\w+)\s*=\s*"([^"]*)"', open(sys.argv[1] + '/conformance/utils/suite/consts.go').read()):
    consts['confsuite.' + m.group(1)] = m.group(2); consts['suite.' + m.group(1)] = m.group(2)

TOK = re.compile(r'\s*(?:(//[^\n]*)|("(?:[^"\\]|\\.)*")|(`[^`]*`)|(\d+)|(map\[string\](?:\[\])?string|[A-Za-z_][\w.]*)|(\[\])|(\x00)|(.))', re.S)

def tokenize(s, pos):
    while pos < len(s):
        m = TOK.match(s, pos)
        if not m: return
        pos = m.end()
        if m.group(1): continue
        if m.group(2): yield ('str', json.loads(m.group(2)), pos)
        elif m.group(3): yield ('str', m.group(3)[1:-1], pos)
        elif m.group(4): yield ('num', int(m.group(4)), pos)
        elif m.group(5): yield ('id', m.group(5), pos)
        elif m.group(6): yield ('sl', '[]', pos)
        elif m.group(7): yield ('id', m.group(7), pos)
        elif m.group(8) and m.group(8).strip(): yield ('p', m.group(8), pos)

class P:
    def __init__(self, toks, env): self.t = toks; self.i = 0; self.env = env; self.unknown = set()
    def peek(self, k=0): return self.t[self.i + k] if self.i + k < len(self.t) else ('eof', None, 0)
    def next(self): x = self.peek(); self.i += 1; return x
    def expect(self, v):
        x = self.next()
        if x[1] != v: raise Exception('expected %s got %s' % (v, x))
    def value(self):
        k, v, _ = self.peek()
        if v == '&': self.next(); return self.value()
        if v == '{': return self.composite()
        if k == 'sl':  # []T{...}
            self.next(); self.next(); return self.composite()
        if k == 'str': self.next(); r = v
        elif k == 'num': self.next(); r = v
        elif k == 'id':
            self.next()
            if self.peek()[1] == '{': return self.composite()
            if self.peek()[1] == '(':  # call like ptr.To(int32(50)) or int32(50)
                self.next(); args = []
                while self.peek()[1] != ')':
                    args.append(self.value())
                    if self.peek()[1] == ',': self.next()
                self.next(); r = args[0] if len(args) == 1 else {'call': v, 'args': args}
            elif v in ('true', 'false'): r = v == 'true'
            elif v in consts: r = consts[v]
            elif v in self.env: r = self.env[v]
            elif v.startswith('http.Status'): r = {'StatusOK': 200}.get(v[5:], '${%s}' % v)
            elif v == 'nil': r = None
            elif re.fullmatch(r'metav1\.Condition(True|False|Unknown)', v): r = v[len('metav1.Condition'):]
            elif re.fullmatch(r'(gateway)?v1\.\w*?(Condition|Reason)\w+', v): r = re.sub(r'^.*?(Condition|Reason)', '', v.split('.', 1)[1], count=1)
            elif v in ('v1.GroupName', 'gatewayv1.GroupName'): r = 'gateway.networking.k8s.io'
            else: self.unknown.add(v); r = '${%s}' % v
        else: raise Exception('unexpected %s' % (self.peek(),))
        if self.peek()[1] == '+':
            self.next(); r = str(r) + str(self.value())
        return r
    def composite(self):
        self.expect('{'); items = []; keyed = {}
        while self.peek()[1] != '}':
            if self.peek(1)[1] == ':' and self.peek()[0] in ('id', 'str'):
                key = self.next()[1]; self.next(); keyed[key] = self.value()
            else: items.append(self.value())
            if self.peek()[1] == ',': self.next()
        self.next()
        return keyed if keyed or not items else items

def env_of(src):
    env = {}
    for m in re.finditer(r'\b(\w+)\s*:?=\s*(?:v1\.Namespace\()?((?:confsuite|suite)\.\w+|"[^"]*")\)?', src):
        val = m.group(2)
        env[m.group(1)] = consts.get(val, json.loads(val) if val.startswith('"') else val)
    return env

def literals(src, type_name, env):
    """Every `[]TYPE{...}` or `TYPE{...}` literal of a file, parsed."""
    found = []
    for m in re.finditer(r'(\[\])?' + re.escape(type_name) + r'\{', src):
        p = P(list(tokenize(src, m.end() - 1)), env)
        try:
            v = p.composite()
        except Exception as e:
            found.append({'error': str(e)}); continue
        found.append({'value': v, 'list': bool(m.group(1)), 'unresolved': sorted(p.unknown)})
    return found

out = {}
for f in sorted(glob.glob(sys.argv[1] + '/conformance/tests/*.go')):
    src = open(f).read(); env = env_of(src); found = []
    for m in re.finditer(r'(\[\])?http\.ExpectedResponse\{', src):
        toks = list(tokenize(src, m.end() - 1))
        p = P(toks, env)
        try:
            v = p.composite()
        except Exception as e:
            found.append({'error': str(e)}); continue
        if m.group(1): found.extend(v if isinstance(v, list) else [v])
        else: found.append(v)
        if p.unknown: found[-1] = dict(found[-1], _unresolved=sorted(p.unknown)) if isinstance(found[-1], dict) else found[-1]
    if found: out[os.path.basename(f)] = found
if __name__ == '__main__':
    json.dump(out, sys.stdout, indent=1)
