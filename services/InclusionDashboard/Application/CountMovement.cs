using SendPlatform.InclusionDashboard.Data;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Geography;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>
/// Counts recorded movements into their LA's month, and into each setting's it names (left or joined). The UPN is not read, let alone kept: a count needs none, and the
/// consumer's inbox makes a redelivered event count once. A movement naming an LA or SEN provision the platform does
/// not know breaks the contract, so it is refused (parked as poison, to be seen) rather than counted somewhere wrong.
/// </summary>
public sealed class CountMovement(MovementCounts counts)
{
    public sealed record Movement(string LaCode, DateOnly EffectiveDate, string Type, string SenProvision, string? PrimaryNeed, string? DeletionGround,
        int? SuspensionDays, string? FromUrn, string? ToUrn);

    /// <summary>Counts a batch of movements together; one that breaks the contract refuses the batch (its consumer then takes each alone).</summary>
    public Task CountAllAsync(IEnumerable<Movement> movements, CancellationToken cancellationToken) =>
        counts.AddAllAsync(movements.SelectMany(Tallies).ToList(), cancellationToken);

    private static IEnumerable<MovementCounts.Tally> Tallies(Movement movement)
    {
        var laCode = EventFacts.CurrentLa(movement.LaCode, "A movement");
        if (!SenProvisions.IsKnown(movement.SenProvision))
            throw new InvalidOperationException($"A movement has SEN provision '{movement.SenProvision}', not E, K or N.");
        var areas = CountedAreas.Of(laCode, EventFacts.Setting(movement.FromUrn, "A movement"), EventFacts.Setting(movement.ToUrn, "A movement"));
        var month = new DateOnly(movement.EffectiveDate.Year, movement.EffectiveDate.Month, 1);
        return areas.Select(area => new MovementCounts.Tally(area, month, movement.Type, movement.SenProvision, movement.PrimaryNeed ?? "",
            movement.Type == "Deletion" ? movement.DeletionGround ?? "" : "", movement.SuspensionDays ?? 0));
    }
}
