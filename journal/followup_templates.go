package journal

// DefaultTemplate returns the built-in message template of a follow-up kind,
// or "" for an unknown kind. Templates use text/template over MessageData,
// with the functions andList ("a, b and c") and bullets (one "- item" per
// line).
func DefaultTemplate(kind FollowUpKind) string {
	switch kind {
	case FollowUpThankYou:
		return thankYouTemplate
	case FollowUpTellReferences:
		return tellReferencesTemplate
	case FollowUpConnect:
		return connectTemplate
	case FollowUpCheckIn:
		return checkInTemplate
	case FollowUpGraciousReply:
		return graciousReplyTemplate
	case FollowUpRecruiterFeedback:
		return recruiterFeedbackTemplate
	case FollowUpOtherOpenings:
		return otherOpeningsTemplate
	case FollowUpFeedbackRequest:
		return feedbackRequestTemplate
	case FollowUpKeepInTouch:
		return keepInTouchTemplate
	}
	return ""
}

// The built-in templates. Optional parts sit inside {{with}} or {{if}} so
// that a missing answer removes a phrase instead of leaving a gap; blank
// lines left behind are tidied after the template runs. Each ends with its
// sign-off; DraftMessageFor writes the sender's name and signature under it.
const (
	thankYouTemplate = `{{.Greeting}}

Thank you for taking the time to speak with me{{with .When}} {{.}}{{end}} about {{.Position}}. I enjoyed the conversation and came away with a much clearer picture of the work and of {{.Team}}.
{{if .ClarifyPoint}}
{{if .ClarifyTopic}}I've been thinking more about your question on {{.ClarifyTopic}}{{else}}I've been thinking more about one of your questions{{end}}, and I'd like to add to my answer: {{.ClarifyPoint}}
{{end}}{{if and .WentBadly .StillWanted}}
The more I learn about this role, the more I want it, and I'm confident I could make a real contribution. If there is room for it, I would welcome a second conversation, about this position or another one at {{.CompanyName}} where my experience would fit.
{{end}}
Please let me know if there is anything else I can send that would help.

Best regards,
`

	tellReferencesTemplate = `{{.Greeting}}

A quick heads-up: I interviewed for {{.Position}}{{with .When}} {{.}}{{end}}, and they may get in touch with you for a reference.

It didn't go quite as smoothly as I'd hoped, so a good word from you could make a real difference.{{if .StoriesToMention}} If they call, it would help a great deal if you could speak to:
{{bullets .StoriesToMention}}{{else}} If they call, anything you can say about the work we did together would help a great deal.{{end}}

Thank you so much for your support. I'll let you know how it turns out.

Warm wishes,
`

	connectTemplate = `{{.Greeting}} thank you again for our conversation about {{.Position}}. I enjoyed hearing about your work and would be glad to stay connected.

Best,
`

	checkInTemplate = `{{.Greeting}}

I hope you're well. I'm following up on my interview for {{.Position}}{{with .When}} {{.}}{{end}}. {{if .DecisionBy}}You mentioned you hoped to reach a decision by {{.DecisionBy}}, so I wanted to ask how things are going.{{else}}I wanted to ask how the process is going and whether there is any news.{{end}}

I'm still very keen on the role and would be glad to send anything else that might help.

Thank you for your time,
`

	graciousReplyTemplate = `{{.Greeting}}

Thank you for letting me know, and for the time you gave me throughout the process for {{.Position}}. I'm naturally disappointed, but I respect your decision and I'm grateful for all I learned about {{.CompanyName}}.

I'd be glad if you kept me in mind for future openings that match my background, and I hope our paths cross again.

All the best,
`

	recruiterFeedbackTemplate = `{{.Greeting}}

Thank you for all your help with my application for {{.Position}}. I was sorry it didn't work out this time, but I really appreciated your support along the way.

Would you be able to share any specific feedback from the interviewers? Even a few words on where my answers or experience fell short of what they were looking for would help me prepare for the next one, and I'll take it gratefully.

Many thanks,
`

	otherOpeningsTemplate = `{{.Greeting}}

Thank you again for the chance to interview for {{.Position}}. {{if .Rejected}}Although it didn't work out this time, I came away with a strong impression of {{.CompanyName}} and would love to find another way to contribute.{{else}}Whatever comes of that process, I came away with a strong impression of {{.CompanyName}} and would love to hear about other ways I could contribute.{{end}}

Are there other openings, now or coming up, that you think might suit my background? I'd be grateful for any pointers and happy to send an updated CV.

Best regards,
`

	feedbackRequestTemplate = `{{.Greeting}}

Thank you again for considering me for {{.Position}}. I fully understand your decision, and I hope the search has gone well for you.

My interest in {{.CompanyName}} hasn't faded, so please do consider me for future openings that fit my experience.

If you can spare a few minutes, I'd also welcome any feedback on my interview: where I could have been stronger, or what would have made the difference. I'm keen to keep improving and will take any comments in the spirit they're given.

With thanks,
`

	keepInTouchTemplate = `{{.Greeting}}

I hope you're doing well. It's been a while since we spoke{{with .When}} {{.}}{{end}} about {{.Position}}, and I've kept following your team's work with interest.
{{if .LessonsSince}}
Since then I've been putting time into:
{{bullets .LessonsSince}}
{{end}}{{with .Article}}
I came across this and thought of you: {{.}}
{{end}}
If an opening comes up where my experience could help, I'd be glad to hear about it. Either way, I hope we stay in touch.

Warm regards,
`
)
