using SendPlatform.EhcAssessments.Domain.Redress;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Ehcp.V1;

namespace SendPlatform.EhcAssessments.Api;

/// <summary>Disagreement → wire, with the due dates its facts so far set.</summary>
public static class DisagreementMapping
{
    public static Proto.Disagreement ToProto(this Disagreement d) => new()
    {
        Subject = (Proto.DisagreementSubject)(int)d.Subject,
        DecisionOn = WireFormats.Date(d.DecisionOn),
        AdviserContactedOn = Day(d.AdviserContactedOn),
        WantsMediation = d.WantsMediation,
        MediationDueOn = Day(d.MediationDueOn),
        MediationHeldOn = Day(d.MediationHeldOn),
        CertificateDueOn = Day(d.CertificateDueOn),
        CertificateIssuedOn = Day(d.CertificateIssuedOn),
        AppealDeadline = WireFormats.Date(d.AppealDeadline),
        AppealRegisteredOn = Day(d.AppealRegisteredOn),
        AppealInTime = d.AppealInTime,
        TribunalReference = d.TribunalReference ?? "",
        AppealOutcome = (Proto.AppealOutcome)(int)(d.Outcome ?? 0),
        AppealDecidedOn = Day(d.OutcomeOn),
        OrderCompliedOn = Day(d.OrderCompliedOn),
    };

    private static string Day(DateOnly? day) => day is { } value ? WireFormats.Date(value) : "";
}
