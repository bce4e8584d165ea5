package newsmodel_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestImports holds the packages of the module to the arrows that
// ARCHITECTURE.md documents: under its heading "Allowed imports", one line
// per package, "- `pkg`: `dep`, `dep`" (or "nothing"). A package that
// imports a package of the module outside its line, or that has no line,
// fails the test; so does a line for a package that no longer exists.
// Programs under examples/ may import anything and are not listed.
func TestImports(t *testing.T) {
	allowed, err := readAllowed("ARCHITECTURE.md")
	if err != nil {
		t.Fatal(err)
	}
	pkgs, err := listPackages()
	if err != nil {
		t.Fatal(err)
	}
	const module = "github.com/newsmodel/newsmodel"
	seen := map[string]bool{}
	for _, p := range pkgs {
		rel := strings.TrimPrefix(strings.TrimPrefix(p.ImportPath, module), "/")
		if rel == "" {
			rel = "."
		}
		if rel == "examples" || strings.HasPrefix(rel, "examples/") {
			continue
		}
		seen[rel] = true
		want, ok := allowed[rel]
		if !ok {
			t.Errorf("package %s has no line under \"Allowed imports\" in ARCHITECTURE.md", rel)
			continue
		}
		for _, imp := range p.Imports {
			dep, ok := strings.CutPrefix(imp, module+"/")
			if !ok {
				continue
			}
			if !slices.Contains(want, dep) {
				t.Errorf("package %s imports %s, which its line in ARCHITECTURE.md does not name (allowed: %s)",
					rel, dep, strings.Join(want, ", "))
			}
		}
	}
	for rel := range allowed {
		if !seen[rel] {
			t.Errorf("ARCHITECTURE.md lists package %s, which does not exist", rel)
		}
	}
}

type listedPackage struct {
	ImportPath string
	Imports    []string
}

// listPackages runs go list over the module (not its nested modules).
func listPackages() ([]listedPackage, error) {
	out, err := exec.Command("go", "list", "-json", "./...").Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return nil, errors.New("go list: " + string(ee.Stderr))
		}
		return nil, err
	}
	var pkgs []listedPackage
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listedPackage
		if err := dec.Decode(&p); err == io.EOF {
			return pkgs, nil
		} else if err != nil {
			return nil, err
		}
		pkgs = append(pkgs, p)
	}
}

// readAllowed reads the "Allowed imports" list of ARCHITECTURE.md.
func readAllowed(path string) (map[string][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	allowed := map[string][]string{}
	in := false
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if strings.HasPrefix(s, "#") {
			in = strings.TrimSpace(strings.TrimLeft(s, "#")) == "Allowed imports"
			continue
		}
		if !in || !strings.HasPrefix(s, "- `") {
			continue
		}
		name, deps, ok := strings.Cut(strings.TrimPrefix(s, "- `"), "`:")
		if !ok {
			return nil, errors.New(path + ":" + strconv.Itoa(line) + ": want \"- `pkg`: `dep`, ...\"")
		}
		list := []string{}
		for _, d := range strings.Split(deps, ",") {
			d = strings.Trim(strings.TrimSpace(d), "`.")
			if d != "" && d != "nothing" {
				list = append(list, d)
			}
		}
		allowed[name] = list
	}
	if len(allowed) == 0 {
		return nil, errors.New(path + ": no \"Allowed imports\" list")
	}
	return allowed, sc.Err()
}
