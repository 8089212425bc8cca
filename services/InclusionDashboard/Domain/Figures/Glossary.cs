namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>Every acronym and term the dashboard's pages and API use, in plain words.</summary>
public static class Glossary
{
    public static readonly IReadOnlyList<(string Term, string Meaning)> Terms =
    [
        ("AP", "Alternative provision: education for pupils who cannot attend a mainstream school, for example after exclusion or through illness."),
        ("AP budget", "What a local authority sets aside for its AP service in a financial year, per tier; set for three years at a time."),
        ("AP performance framework", "The five outcomes an AP service is measured by: effective outreach, improved attendance, reintegration into school, attainment in English and maths, and post-16 transitions; providers report them per placement and term."),
        ("c", "A figure withheld to protect the children it counts: a count of 1 to 4, or a figure from which one could be worked out."),
        ("CME", "Children missing education: children of compulsory school age not registered at a school and not otherwise receiving a suitable education, whose whereabouts may be unknown."),
        ("DfE", "The Department for Education."),
        ("EHC plan", "Education, health and care plan: the statutory plan for a child or young person whose needs exceed what SEN support provides."),
        ("EHE", "Elective home education: a child educated at home by their parents' choice."),
        ("EOTAS", "Education otherwise than at school, arranged by the local authority."),
        ("Financial year", "1 April to 31 March, as budgets and funding run (2026-27 starts on 1 April 2026)."),
        ("Funding framework", "DfE's national framework of funding bands and the tariffs that price a placement in each band and type of provision; a new version takes effect from a stated day."),
        ("LA", "Local authority: one of England's 153 councils with education duties."),
        ("Managed move", "A pupil's move to another school, agreed by the schools, the pupil and their parents."),
        ("Off-site direction", "A school directing a pupil to attend another setting to improve their behaviour."),
        ("ONS code", "The Office for National Statistics' code for an area: E92000001 for England, E12000001 to E12000009 for its regions."),
        ("Per 1,000 pupils", "A count over the pupils on roll in the area that academic year (DfE's January school census headcount), times 1,000."),
        ("Primary need", "The main type of a pupil's special educational need, as the school census records it (ASD, SLCN, SEMH and others)."),
        ("Overdue", "An oversight alert still open after the date it was due to be dealt with by."),
        ("SEN", "Special educational needs."),
        ("SEN provision", "Whether a pupil has an EHC plan, SEN support or no SEN, as the school census records it."),
        ("SEN support", "Support for a pupil's special educational needs in their setting, without an EHC plan."),
        ("SEND", "Special educational needs and disabilities."),
        ("Suspension", "Excluding a pupil from school for a fixed period (formerly a fixed-period exclusion)."),
        ("Setting", "A school or AP provider, by its URN (unique reference number); its own view has the movements that name it and the AP placements at it."),
        ("Tailored list", "A list of suitable settings with a place that an LA draws for a child from the national register, nearest first; parents choose from it."),
        ("Tier", "The three tiers of an area's AP service: 1 targeted support in mainstream, 2 time-limited placements, 3 transitional placements."),
        ("x", "Not available: there is nothing to take the figure over (a median of no resolved alerts, a share of no placements)."),
    ];
}
