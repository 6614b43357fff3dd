package demo

import (
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/debrief-journal/debrief/journal"
)

// cast is everyone a candidate may meet during one hiring process. The same
// people come back from stage to stage, as they do in real processes.
type cast struct {
	recruiter  journal.Person
	manager    journal.Person
	leader     journal.Person
	colleagues []journal.Person
	partner    journal.Person
	// agency is set when an outside recruitment agency runs the process.
	agency bool
}

// contactChance is how often a person's contact was noted.
const contactChance = 0.75

// newCast invents the people of a process with c for a role in track t.
func newCast(r *rand.Rand, c *company, t trackID) cast {
	tr := &tracks[t]
	recruiter := invent(r, pick(r, recruiterTitles), c.domain)
	agency := chance(r, 0.15)
	if agency {
		name := pick(r, agencyNames)
		recruiter = invent(r, pick(r, agencyTitles)+", "+name, slug(name)+".example")
	}
	leaderTitle := pick(r, leaderTitles)
	if c.kind == kindStartup {
		leaderTitle = pick(r, founderTitles)
	}
	colleagues := make([]journal.Person, between(r, 2, 3))
	for i := range colleagues {
		colleagues[i] = invent(r, pick(r, tr.colleagues), c.domain)
	}
	return cast{
		recruiter:  recruiter,
		manager:    invent(r, pick(r, tr.managers), c.domain),
		leader:     invent(r, leaderTitle, c.domain),
		colleagues: colleagues,
		partner:    invent(r, pick(r, tr.partners), c.domain),
		agency:     agency,
	}
}

// invent makes a person with a title and, on most, a way to reach them.
func invent(r *rand.Rand, title, domain string) journal.Person {
	given, family := pick(r, givenNames), pick(r, surnames)
	p := journal.Person{Name: given + " " + family, Title: title}
	if chance(r, contactChance) {
		p.Contact = contactFor(r, given, family, domain)
	}
	return p
}

// contactFor writes an email address at domain in one of the usual shapes,
// or a profile handle.
func contactFor(r *rand.Rand, given, family, domain string) string {
	g, f := slug(given), slug(family)
	switch r.IntN(6) {
	case 0:
		return "in/" + g + "-" + f + "-" + strconv.Itoa(between(r, 10, 999))
	case 1:
		return g[:1] + "." + f + "@" + domain
	case 2:
		return g + "@" + domain
	case 3:
		return g + f[:1] + "@" + domain
	}
	return g + "." + f + "@" + domain
}

// interviewersFor returns who took part in an interview at stage s: the
// recruiter on screens, the manager early on, colleagues in the technical
// and panel rounds and someone senior at the end.
func (c *cast) interviewersFor(r *rand.Rand, s journal.Stage) []journal.Person {
	var people []journal.Person
	switch s {
	case journal.StageScreen:
		people = append(people, c.recruiter)
		if chance(r, 0.15) {
			people = append(people, c.manager)
		}
	case journal.StageFirst:
		people = append(people, c.manager)
		if chance(r, 0.35) {
			people = append(people, pick(r, c.colleagues))
		}
	case journal.StageSecond, journal.StageTechnical, journal.StageOther:
		people = append(people, c.colleagues[0])
		if chance(r, 0.5) {
			people = append(people, c.colleagues[1])
		}
		if chance(r, 0.2) {
			people = append(people, c.manager)
		}
	case journal.StagePanel:
		people = append(people, c.colleagues[0], c.partner)
		if chance(r, 0.6) {
			people = append(people, c.colleagues[len(c.colleagues)-1])
		}
	case journal.StageFinal:
		people = append(people, c.leader)
		if chance(r, 0.6) {
			people = append(people, c.manager)
		}
		if chance(r, 0.15) {
			people = append(people, c.partner)
		}
	}
	return people
}

// firstName returns the given name of p, used to mention them in passing.
func firstName(p journal.Person) string {
	given, _, _ := strings.Cut(p.Name, " ")
	return given
}
