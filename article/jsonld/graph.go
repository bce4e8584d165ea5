package jsonld

import (
	"fmt"
	"net"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/internal/idslug"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/quote"
)

// kindTypes tell an entity's kind from its schema.org type; a type not
// listed is of kind other.
var kindTypes = map[string]entity.Kind{
	"Person": entity.Person, "Patient": entity.Person,
	"Organization": entity.Organization, "NewsMediaOrganization": entity.Organization, "Corporation": entity.Organization,
	"GovernmentOrganization": entity.Organization, "NGO": entity.Organization, "EducationalOrganization": entity.Organization,
	"PoliticalParty": entity.Organization, "SportsTeam": entity.Organization, "SportsOrganization": entity.Organization,
	"MedicalOrganization": entity.Organization, "ResearchOrganization": entity.Organization, "LocalBusiness": entity.Organization,
	"Place": entity.Place, "City": entity.Place, "Country": entity.Place, "State": entity.Place,
	"AdministrativeArea": entity.Place, "Continent": entity.Place, "Landform": entity.Place,
	"LandmarksOrHistoricalBuildings": entity.Place, "CivicStructure": entity.Place, "TouristAttraction": entity.Place,
	"Event": entity.Event, "SportsEvent": entity.Event, "BusinessEvent": entity.Event,
	"CreativeWork": entity.Work, "Book": entity.Work, "Movie": entity.Work, "Painting": entity.Work,
	"Photograph": entity.Work, "MusicRecording": entity.Work, "TVSeries": entity.Work, "Legislation": entity.Work,
	"Product": entity.Product, "Vehicle": entity.Product, "SoftwareApplication": entity.Product,
	"Thing": entity.Other,
}

func kindOfNode(m map[string]any) entity.Kind {
	for _, t := range types(m) {
		if k, ok := kindTypes[t]; ok {
			return k
		}
	}
	return entity.Other
}

// entity returns the ID of the entity the node o stands for, reading it
// into the article the first time.
func (im *importer) entity(o obj) (string, error) {
	key := idOf(o.m)
	if key == "" {
		key = o.ptr
	}
	if id, ok := im.entities[key]; ok {
		return id, nil
	}
	en := entity.Entity{Kind: kindOfNode(o.m)}
	en.Name, _ = text(o.m["name"])
	if en.Name == "" {
		en.Name, _ = text(o.m["headline"])
	}
	if en.Name == "" {
		im.lose(o.ptr, "node without a name not read as an entity")
		return "", nil
	}
	if idOf(o.m) == "" {
		// The same thing embedded twice, as a mention and as a speaker.
		for _, x := range im.a.Entities {
			if x.Kind == en.Kind && x.Name == en.Name {
				im.entities[key] = x.ID
				return x.ID, nil
			}
		}
	}
	en.ID = im.newID(strings.TrimPrefix(idOf(o.m), entityPrefix), en.Name, key)
	im.entities[key] = en.ID
	i := len(im.a.Entities)
	im.a.Entities = append(im.a.Entities, en)
	for _, k := range sortedKeys(o.m) {
		v := o.m[k]
		ptr := o.ptr + "/" + escape(k)
		var err error
		switch k {
		case "@type", "@id", "@context", "name":
		case "headline":
			if o.m["name"] != nil {
				im.lose(ptr, "headline of a node with a name not read")
			}
		case "alternateName":
			for _, x := range values(v, ptr) {
				if s, ok := text(x.v); ok && s != "" {
					im.a.Entities[i].Aliases = append(im.a.Entities[i].Aliases, s)
				}
			}
		case "description":
			im.a.Entities[i].Description = im.oneText(v, ptr, k)
		case "sameAs":
			for _, x := range values(v, ptr) {
				s, _ := text(x.v)
				if q, ok := wikidataID(s); ok {
					im.setExternal(i, "wikidata", q)
				} else {
					im.lose(x.ptr, fmt.Sprintf("sameAs %q not read: only Wikidata items map to an external ID", s))
				}
			}
		case "identifier":
			for _, x := range values(v, ptr) {
				m, ok := x.v.(map[string]any)
				pid, _ := text(m["propertyID"])
				value, _ := text(m["value"])
				if !ok || pid == "" || value == "" {
					im.lose(x.ptr, "identifier not read: only a PropertyValue with propertyID and value maps to an external ID")
					continue
				}
				im.setExternal(i, pid, value)
			}
		default:
			err = im.relation(i, k, v, ptr)
		}
		if err != nil {
			return "", err
		}
	}
	return en.ID, nil
}

func (im *importer) setExternal(i int, k, v string) {
	e := &im.a.Entities[i]
	if e.ExternalIDs == nil {
		e.ExternalIDs = map[string]string{}
	}
	e.ExternalIDs[k] = v
}

var wikidataRE = regexp.MustCompile(`^https?://(www\.)?wikidata\.org/(wiki|entity)/(Q[0-9]+)$`)

func wikidataID(s string) (string, bool) {
	m := wikidataRE.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	return m[3], true
}

// relation reads a property of an entity node that links it to another:
// a role (memberOf with an OrganizationRole) or one of relationProps.
func (im *importer) relation(i int, prop string, v any, ptr string) error {
	typ := entity.RelationType("")
	for _, rp := range relationProps {
		if rp.prop == prop {
			typ = rp.typ
		}
	}
	if typ == "" {
		im.lose(ptr, prop+" of an entity not read: the article has no member for it")
		return nil
	}
	for _, x := range values(v, ptr) {
		o, err := im.resolve(x)
		if err != nil {
			return err
		}
		if o.m == nil {
			im.lose(x.ptr, prop+" not read: not a node")
			continue
		}
		if hasType(o.m, map[string]bool{"OrganizationRole": true, "Role": true, "EmployeeRole": true}) {
			if err := im.role(i, o); err != nil {
				return err
			}
			continue
		}
		id, err := im.entity(o)
		if err != nil || id == "" {
			return err
		}
		e := &im.a.Entities[i]
		e.Relations = append(e.Relations, entity.Relation{Type: typ, Entity: id})
	}
	return nil
}

func (im *importer) role(i int, o obj) error {
	r := entity.Role{}
	r.Title, _ = text(o.m["roleName"])
	if r.Title == "" {
		im.lose(o.ptr, "role without a roleName not read")
		return nil
	}
	if of := o.m["memberOf"]; of != nil {
		id, err := im.entityRef(of, o.ptr+"/memberOf", entity.Organization, entity.Place, entity.Other)
		if err != nil {
			return err
		}
		r.Of = id
	}
	if n, ok := o.m["numberedPosition"]; ok {
		s, _ := text(n)
		if k, err := strconv.Atoi(s); err == nil && k > 0 {
			r.Ordinal = k
		} else {
			im.lose(o.ptr+"/numberedPosition", "numberedPosition not read: not a positive whole number")
		}
	}
	r.When = im.span(o)
	for _, k := range sortedKeys(o.m) {
		switch k {
		case "@type", "@id", "roleName", "memberOf", "numberedPosition", "startDate", "endDate":
		default:
			im.lose(o.ptr+"/"+escape(k), k+" of a role not read")
		}
	}
	im.a.Entities[i].Roles = append(im.a.Entities[i].Roles, r)
	return nil
}

// entityRef reads a reference to an entity of one of kinds, reading the
// entity in if it is embedded. A node of another kind is a Loss.
func (im *importer) entityRef(v any, ptr string, kinds ...entity.Kind) (string, error) {
	vs := values(v, ptr)
	if len(vs) == 0 {
		return "", nil
	}
	for _, x := range vs[1:] {
		im.lose(x.ptr, "a further value not read: the article holds one here")
	}
	o, err := im.resolve(vs[0])
	if err != nil || o.m == nil {
		if s, ok := text(vs[0].v); ok && s != "" {
			im.lose(vs[0].ptr, fmt.Sprintf("%q not read: a text, not a node", s))
		}
		return "", err
	}
	id, err := im.entity(o)
	if err != nil || id == "" {
		return "", err
	}
	k := im.kindOf(id)
	for _, want := range kinds {
		if k == want {
			return id, nil
		}
	}
	im.lose(vs[0].ptr, fmt.Sprintf("reference to %q not kept: it is a %s, and only a %v fits here", id, k, kinds))
	return "", nil
}

// newID makes a document ID for an entity, quote or event: the ID written
// in its blank node identifier when it is a valid slug and free, else a
// slug of its name, made unique with a number.
func (im *importer) newID(fromID, name, key string) string {
	id := fromID
	if !idRE.MatchString(id) || im.used[id] {
		id = slug(name)
	}
	if id == "" {
		id = "x"
	}
	base := id
	for n := 2; im.used[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	im.used[id] = true
	return id
}

var idRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// parts reads hasPart: Quotation nodes are the article's quotes.
func (im *importer) parts(v any, ptr string) error {
	for _, x := range values(v, ptr) {
		o, err := im.resolve(x)
		if err != nil {
			return err
		}
		if o.m == nil || !hasType(o.m, map[string]bool{"Quotation": true}) {
			im.lose(x.ptr, "part not read: only Quotation parts map to the article's quotes")
			continue
		}
		im.quoteID(o)
	}
	for _, x := range values(v, ptr) {
		o, _ := im.resolve(x)
		if o.m != nil && hasType(o.m, map[string]bool{"Quotation": true}) {
			if err := im.quote(o); err != nil {
				return err
			}
		}
	}
	return nil
}

func (im *importer) quoteID(o obj) string {
	key := idOf(o.m)
	if key == "" {
		key = o.ptr
	}
	if id, ok := im.quotes[key]; ok {
		return id
	}
	id := strings.TrimPrefix(idOf(o.m), quotePrefix)
	if !idRE.MatchString(id) {
		id = "q" + strconv.Itoa(len(im.quotes)+1)
	}
	for _, q := range im.quotes {
		if q == id {
			id = "q" + strconv.Itoa(len(im.quotes)+1) + "-" + strconv.Itoa(len(im.a.Quotes))
		}
	}
	im.quotes[key] = id
	return id
}

func (im *importer) quote(o obj) error {
	q := quote.Quote{ID: im.quoteID(o), Kind: quote.Direct}
	q.Text, _ = text(o.m["text"])
	if q.Text == "" {
		im.lose(o.ptr, "quotation without text not read")
		return nil
	}
	for _, k := range sortedKeys(o.m) {
		v := o.m[k]
		ptr := o.ptr + "/" + escape(k)
		var err error
		switch k {
		case "@type", "@id", "text":
		case "spokenByCharacter", "creator", "author":
			q.Speaker, err = im.entityRef(v, ptr, entity.Person, entity.Organization, entity.Other)
		case "isBasedOn":
			if m, ok := v.(map[string]any); ok {
				if id, ok := im.quotes[idOf(m)]; ok {
					q.Reports = id
					continue
				}
			}
			im.lose(ptr, "isBasedOn not read: only a reference to another quotation maps to reports")
		case "about":
			for _, x := range values(v, ptr) {
				id, e := im.entityRef(x.v, x.ptr, entity.Kinds...)
				if e != nil {
					return e
				}
				if id != "" {
					q.About = append(q.About, id)
				}
			}
		case "recordedAt":
			if m, ok := v.(map[string]any); ok && strings.HasPrefix(idOf(m), eventPrefix) {
				q.Event = strings.TrimPrefix(idOf(m), eventPrefix) // checked once the events are read
				continue
			}
			im.lose(ptr, "recordedAt not read: only a reference to an event of the article maps to the quote's event")
		case "dateCreated":
			if d := im.date(im.oneText(v, ptr, k), ptr); !d.IsZero() {
				q.When = news.When{Value: d}
			}
		default:
			im.lose(ptr, k+" of a quotation not read: the quote has no member for it")
		}
		if err != nil {
			return err
		}
	}
	im.a.Quotes = append(im.a.Quotes, q)
	return nil
}

// readEvents reads the Event nodes of about as the article's events.
func (im *importer) readEvents(v any, ptr string) error {
	var evs []obj
	for _, x := range values(v, ptr) {
		o, err := im.resolve(x)
		if err != nil {
			return err
		}
		if o.m == nil || !hasType(o.m, map[string]bool{"Event": true}) || strings.HasPrefix(idOf(o.m), entityPrefix) {
			continue // an entity, read with the mentions
		}
		key := idOf(o.m)
		if key == "" {
			key = o.ptr
		}
		id := strings.TrimPrefix(idOf(o.m), eventPrefix)
		if !idRE.MatchString(id) {
			id = "ev" + strconv.Itoa(len(im.events)+1)
		}
		im.events[key] = id
		evs = append(evs, o)
	}
	for _, o := range evs {
		if err := im.event(o); err != nil {
			return err
		}
	}
	return nil
}

func (im *importer) event(o obj) error {
	key := idOf(o.m)
	if key == "" {
		key = o.ptr
	}
	ev := news.Event{ID: im.events[key]}
	ev.Summary, _ = text(o.m["name"])
	if ev.Summary == "" {
		ev.Summary, _ = text(o.m["description"])
	}
	if ev.Summary == "" {
		im.lose(o.ptr, "event without a name not read")
		return nil
	}
	if d := im.span(o); !d.IsZero() {
		ev.When = news.When{Value: d}
	}
	for _, k := range sortedKeys(o.m) {
		v := o.m[k]
		ptr := o.ptr + "/" + escape(k)
		var err error
		switch k {
		case "@type", "@id", "name", "startDate", "endDate":
		case "description":
			if o.m["name"] != nil {
				im.lose(ptr, "description of an event not read: the event has one summary")
			}
		case "eventStatus":
			if s, _ := text(v); short(strings.TrimPrefix(s, "https://schema.org/")) == "EventScheduled" {
				ev.Kind = news.Planned
			} else {
				im.lose(ptr, fmt.Sprintf("eventStatus %q not read: only EventScheduled maps to a kind", s))
			}
		case "duration":
			s, _ := text(v)
			if d, e := news.ParseDuration(s); e == nil {
				ev.Duration = d
			} else {
				im.lose(ptr, fmt.Sprintf("duration %q not read: %v", s, e))
			}
		case "location":
			ev.Place, err = im.entityRef(v, ptr, entity.Place)
		case "attendee", "organizer", "performer", "actor", "contributor", "sponsor":
			err = im.participants(&ev, k, v, ptr)
		case "superEvent", "subEvent":
			typ := news.During
			if k == "subEvent" {
				typ = news.Includes
			}
			for _, x := range values(v, ptr) {
				m, _ := x.v.(map[string]any)
				if id, ok := im.events[idOf(m)]; ok {
					ev.Relations = append(ev.Relations, news.Relation{Type: typ, Event: id})
				} else {
					im.lose(x.ptr, k+" not read: not an event of the article")
				}
			}
		default:
			im.lose(ptr, k+" of an event not read: the event has no member for it")
		}
		if err != nil {
			return err
		}
	}
	im.a.Events = append(im.a.Events, ev)
	return nil
}

func (im *importer) participants(ev *news.Event, prop string, v any, ptr string) error {
	for _, x := range values(v, ptr) {
		o, err := im.resolve(x)
		if err != nil {
			return err
		}
		role := ""
		if prop != "attendee" {
			role = prop
		}
		target := x
		if o.m != nil && hasType(o.m, map[string]bool{"Role": true}) {
			if r, _ := text(o.m["roleName"]); wordRE.MatchString(r) {
				role = r
			}
			target = val{o.m[prop], o.ptr + "/" + prop}
		}
		id, err := im.entityRef(target.v, target.ptr, entity.Kinds...)
		if err != nil {
			return err
		}
		if id != "" {
			ev.Participants = append(ev.Participants, news.Participant{Entity: id, Role: role})
		}
	}
	return nil
}

// slug makes an ID from a name or URL: ASCII letters and digits lowercased,
// every other run a hyphen, at most 64 bytes.
func slug(s string) string {
	if i := strings.Index(s, "://"); i > 0 && i < 10 {
		s = strings.TrimPrefix(s[i+3:], "www.")
	}
	return idslug.ASCII(s, 64)
}

// absURL returns s if it is an absolute URL that the article schema's uri
// format accepts.
func absURL(s string) (string, bool) {
	u, err := url.Parse(s)
	if err != nil || !u.IsAbs() {
		return "", false
	}
	if h := u.Hostname(); strings.IndexByte(h, ':') >= 0 && (strings.IndexByte(u.Host, '[') < 0 || net.ParseIP(h) == nil) {
		return "", false
	}
	return s, true
}

// sortedKeys returns the keys of m in order, so that what is read, and
// what is lost, comes out the same each time.
func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
