using SendPlatform.InclusionDashboard.Data;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Geography;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>
/// Counts one recorded movement into its LA's month, and into each setting's it names (left or joined). The UPN is not read, let alone kept: a count needs none, and the
/// consumer's inbox makes a redelivered event count once. A movement naming an LA or SEN provision the platform does
/// not know breaks the contract, so it is refused (parked as poison, to be seen) rather than counted somewhere wrong.
/// </summary>
public sealed class CountMovement(MovementCounts counts)
{
    public sealed record Movement(string LaCode, DateOnly EffectiveDate, string Type, string SenProvision, string? PrimaryNeed, string? DeletionGround,
        int? SuspensionDays, string? FromUrn, string? ToUrn);

    public Task CountAsync(Movement movement, CancellationToken cancellationToken)
    {
        var laCode = EventFacts.CurrentLa(movement.LaCode, "A movement");
        if (!SenProvisions.IsKnown(movement.SenProvision))
            throw new InvalidOperationException($"A movement has SEN provision '{movement.SenProvision}', not E, K or N.");
        var areas = CountedAreas.Of(laCode, EventFacts.Setting(movement.FromUrn, "A movement"), EventFacts.Setting(movement.ToUrn, "A movement"));
        return counts.AddAsync(areas, movement.EffectiveDate, movement.Type, movement.SenProvision, movement.PrimaryNeed ?? "",
            movement.Type == "Deletion" ? movement.DeletionGround ?? "" : "", movement.SuspensionDays ?? 0, cancellationToken);
    }
}
