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
	case FollowUpOfferThanks:
		return offerThanksTemplate
	case FollowUpOfferInWriting:
		return offerInWritingTemplate
	case FollowUpOfferReply:
		return offerReplyTemplate
	case FollowUpOfferDecline:
		return offerDeclineTemplate
	}
	return ""
}

// The built-in templates. They are written for the recipient: they use the
// people's names, the role, the dates and the situation, and never quote
// the user's notes to self (lessons, better answers, tags, stories); where
// only the user can say something, a marked slot asks them to write it.
// Each one has a variant for every situation its kind is planned in.
// Optional parts sit inside {{with}} or {{if}} so that a missing answer
// removes a phrase instead of leaving a gap; blank lines left behind are
// tidied and long lines wrapped after the template runs. Each ends with its
// sign-off; DraftMessageFor writes the sender's name and signature under it.
const (
	thankYouTemplate = `{{.Greeting}}

Thank you for taking the time to speak with me{{with .When}} {{.}}{{end}} about {{.Position}}.{{if .Offer}} I'm delighted to have the offer, and I enjoyed getting to know you and {{.Team}} along the way.{{else if .NextRound}} I enjoyed the conversation, and I'm glad to be going on to the next stage.{{else if .Silence}} I appreciated the conversation and all I learned about the work of {{.Team}}.{{else if .WentBadly}} I appreciated the conversation and the clearer picture it gave me of the work.{{else}} I enjoyed the conversation and came away with a much clearer picture of the work and of {{.Team}}.{{end}}
{{if .Revisit}}
I've been thinking further about one of your questions, and I'd like to add a little to my answer: {{.RevisitSlot}}
{{end}}{{if .Offer}}
I'll come back to you on the offer soon.
{{else if .NextRound}}
I look forward to the next conversation. Please let me know if there is anything I can prepare for it.
{{else if and .Silence .StillWanted}}
I'm still very interested in the role, and I'd be glad to hear how things stand whenever you are able to share.
{{else if and .WentBadly .StillWanted}}
The more I learn about the role, the keener I am on it. If it would help, I'd welcome a further conversation, about this position or another one at {{.CompanyName}} where my experience would fit.
{{else if .StillWanted}}
I'm very interested in the role. Please let me know if there is anything else I can send that would help.
{{else}}
Thank you again for your time and for the care you took over the conversation.
{{end}}
Best regards,
`

	tellReferencesTemplate = `{{.Greeting}}

A quick heads-up: I interviewed for {{.Position}}{{with .When}} {{.}}{{end}}, and they may get in touch with you for a reference.{{if .NextRound}} I've been invited to the next round, so a call could come soon.{{else if .Silence}} I haven't heard back yet, so a good word from you could tip the balance.{{end}}

{{if .NextRound}}That interview was not my smoothest, so{{else}}It didn't go quite as smoothly as I'd hoped, so{{end}} it would help a great deal if you could speak to {{.ReferenceSlot}}.

Thank you so much for your support. I'll let you know how it turns out.

Warm wishes,
`

	connectTemplate = `{{.Greeting}} thank you again for our conversation about {{.Position}}. {{if .Offer}}I'm looking forward to what comes next and would be glad to stay connected.{{else if .NextRound}}I'm looking forward to the next stage, and I'd be glad to stay connected in the meantime.{{else if and .Rejected .Interested}}Although it didn't work out this time, I enjoyed meeting you and would be glad to stay connected, in case our paths cross again.{{else if .Rejected}}Although it didn't work out this time, I enjoyed meeting you and would be glad to stay connected.{{else if .Withdrew}}Although I've decided not to go ahead, I enjoyed meeting you and would be glad to stay connected.{{else if and .Silence .Interested}}I'd be glad to stay connected, and to hear if anything opens up on your side.{{else if .Silence}}It was good to meet you, and I'd be glad to stay connected.{{else if .WentBadly}}I appreciated hearing about your work, and I'd be glad to stay connected.{{else}}I enjoyed hearing about your work and would be glad to stay connected.{{end}}

Best,
`

	checkInTemplate = `{{.Greeting}}

I hope you're well. I'm following up on my interview for {{.Position}}{{with .When}} {{.}}{{end}}. {{if .Silence}}I haven't heard anything since, so I wanted to ask whether a decision has been made.{{else if .DecisionBy}}You mentioned you hoped to reach a decision by {{.DecisionBy}}, so I wanted to ask how things are going.{{else}}I wanted to ask how the process is going and whether there is any news.{{end}}

{{if and .WentBadly .StillWanted}}I'm still very keen on the role, and I'd welcome the chance to add anything that would help your decision.{{else if .StillWanted}}I'm still very keen on the role and would be glad to send anything else that might help.{{else}}Whatever the answer, I'd be grateful to know where things stand, so that I can plan accordingly.{{end}}

Thank you for your time,
`

	graciousReplyTemplate = `{{.Greeting}}

Thank you for letting me know, and for the time you gave me throughout the process for {{.Position}}. I'm naturally disappointed, but I respect your decision{{if .FeedbackGiven}}, and I'm grateful for the feedback you shared{{end}}.

{{if .Interested}}I'd be glad if you kept me in mind for future openings that match my background, and I hope our paths cross again.{{else}}I enjoyed learning about {{.CompanyName}}, and I wish you and {{.Team}} every success.{{end}}

All the best,
`

	recruiterFeedbackTemplate = `{{.Greeting}}

Thank you for all your help with my application for {{.Position}}. I was sorry it didn't work out this time, but I really appreciated your support along the way.

Would you be able to share any specific feedback from the interviewers? Even a few words on where I fell short of what they were looking for would help me prepare for the next one, and I'll take it gratefully.{{if .Interested}} I'd also be glad to hear about other roles you are working on that might suit me.{{end}}

Many thanks,
`

	otherOpeningsTemplate = `{{.Greeting}}

Thank you again for the chance to interview for {{.Position}}. {{if and .Rejected .Interested}}Although it didn't work out this time, I came away with a strong impression of {{.CompanyName}} and would love to find another way to contribute.{{else if .Rejected}}Although it didn't work out this time, I enjoyed learning about {{.CompanyName}}, and I'd be open to roles there closer to my background.{{else if .Interested}}I haven't heard back about that process, but I came away with a strong impression of {{.CompanyName}} and would love to hear about other ways I could contribute.{{else}}I haven't heard back about that process, and I'd be open to hearing about other roles at {{.CompanyName}} closer to my background.{{end}}

Are there other openings, now or coming up, that you think might suit my background? I'd be grateful for any pointers and happy to send an updated CV.

Best regards,
`

	feedbackRequestTemplate = `{{.Greeting}}

Thank you again for considering me for {{.Position}}. I fully understand your decision, and I hope the search has gone well for you.

{{if .Interested}}My interest in {{.CompanyName}} hasn't faded, so please do consider me for future openings that fit my experience.

{{end}}If you can spare a few minutes, I'd also welcome any feedback on my interview: where I could have been stronger, or what would have made the difference. I'm keen to keep improving and will take any comments in the spirit they're given.

With thanks,
`

	keepInTouchTemplate = `{{.Greeting}}

I hope you're doing well. It's been a while since we spoke{{with .When}} {{.}}{{end}} about {{.Position}}, and I've kept following {{.Team}}'s work with interest.

{{if .Silence}}I never heard how that process ended, which happens, and I'm{{else}}I'm{{end}} still keen on {{.CompanyName}}, so I wanted to share a short update: {{.NewsSlot}}
{{with .Article}}
I came across this and thought of you: {{.}}
{{end}}
If an opening comes up where my experience could help, I'd be glad to hear about it. Either way, I hope we stay in touch.

Warm regards,
`

	offerThanksTemplate = `{{.Greeting}}

Thank you so much for the offer for {{.Position}}. I'm delighted, and I really appreciate the time you and {{.Team}} put into the process.

I'd like to give it the careful thought it deserves, and I'll come back to you {{with .ReplyBy}}by {{.}}{{else}}within the next few days{{end}}.

With thanks,
`

	offerInWritingTemplate = `{{.Greeting}}

Thank you again for the offer for {{.Position}}. So that I can look at everything properly, could you send me the full offer in writing, with the details of the terms and the start date?

I'll come back to you {{with .ReplyBy}}by {{.}}{{else}}as soon as I've read it through{{end}}. Please let me know if there is anything you need from me in the meantime.

Best regards,
`

	offerReplyTemplate = `{{.Greeting}}

Thank you again for the offer for {{.Position}}. I'm very happy to accept it, and I'm looking forward to joining {{.Team}}.

Please let me know what you need from me for the next steps, and when you would like me to start.

With thanks,
`

	offerDeclineTemplate = `{{.Greeting}}

Thank you again for the offer for {{.Position}}, and for the time you and {{.Team}} gave me throughout the process. After a lot of thought, I've decided not to accept it.

It was a hard choice, and it says nothing against {{.CompanyName}}: I enjoyed every conversation. I hope our paths cross again, and I wish you every success with the role.

Kind regards,
`
)
