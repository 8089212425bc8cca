using SendPlatform.NationalStandards.Domain.EhcPlans;

namespace SendPlatform.NationalStandards.Tests.Builders;

/// <summary>A plan that meets the template, with one thing changed per test.</summary>
public static class PlanBuilder
{
    public static readonly PlanProvision SpeechTherapy =
        new(["O1"], "Speech and language therapy, individual sessions", "Speech and language therapist", "Weekly, 45 minutes", "For the school year");

    public static EhcPlan Compliant() => new(
        A: "Sam loves trains and wants to work on the railway.",
        B: new PlanNeeds("ASD", ["SLCN"], "Social communication needs"),
        C: "No health needs.",
        D: "",
        E: [new PlanOutcome("O1", "Sam will start and hold a conversation with a peer by July.")],
        F: [SpeechTherapy],
        G: [],
        H1: [],
        H2: [],
        I: new PlanPlacement("MAINSTREAM", "Oakfield Primary", "100000"),
        J: "No personal budget requested.",
        K: "Advice from the educational psychologist, 3 March 2026.");
}
