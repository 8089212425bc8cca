namespace SendPlatform.PupilMovements.Domain;

/// <summary>
/// A pupil's status, derived by a state machine over their movements in effective-date order (then the order they
/// were recorded). Every movement is a fact and is applied; one the previous state cannot explain (e.g. out of AP for
/// a pupil not in AP) is also flagged as a data-quality finding.
/// </summary>
public sealed class PupilTimeline
{
    private readonly List<DataQualityFinding> _findings = [];
    private readonly HashSet<string> _settings = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, string[]> _presentAt = [];
    private readonly Dictionary<Guid, PupilStatus?> _statusAfter = [];

    private PupilTimeline(IReadOnlyList<PupilMovement> movements) => Movements = movements;

    public IReadOnlyList<PupilMovement> Movements { get; }

    public PupilState? State { get; private set; }

    public IReadOnlyList<DataQualityFinding> Findings => _findings;

    /// <summary>Every setting the pupil is or was on roll or placed at.</summary>
    public IReadOnlySet<string> Settings => _settings;

    /// <summary>Where the pupil is now: the setting on roll or placed at, and the home school kept while in AP.</summary>
    public IEnumerable<string> CurrentSettings => new[] { State?.Urn, State?.Home }.OfType<string>();

    /// <summary>
    /// The movements of a setting's own time with the pupil: those it is named in, or that happened while the pupil
    /// was on its roll or placed there (it is in the pupil's settings just before or just after).
    /// </summary>
    public IEnumerable<PupilMovement> MovementsDuringTimeAt(string urn) => Movements.Where(m => _presentAt[m.Id].Contains(urn));

    /// <summary>The pupil's status from the movement's effective date, after it and every movement before it (null: none yet).</summary>
    public PupilStatus? StatusAfter(Guid movementId) => _statusAfter[movementId];

    /// <summary>
    /// The timeline with movements about to be recorded, in the order given: each follows every recorded movement
    /// of its date, as its recording order (assigned on save) will say.
    /// </summary>
    public static PupilTimeline Of(IEnumerable<PupilMovement> recorded, IReadOnlyList<PupilMovement> pending)
    {
        var ordered = recorded.Select(m => (Movement: m, Pending: false, Order: m.Sequence))
            .Concat(pending.Select((m, i) => (Movement: m, Pending: true, Order: (long)i)))
            .OrderBy(x => x.Movement.EffectiveDate).ThenBy(x => x.Pending).ThenBy(x => x.Order)
            .Select(x => x.Movement).ToList();
        var timeline = new PupilTimeline(ordered);
        foreach (var movement in timeline.Movements) timeline.Apply(movement);
        return timeline;
    }

    public static PupilTimeline Of(IEnumerable<PupilMovement> movements)
    {
        var timeline = new PupilTimeline(movements.OrderBy(m => m.EffectiveDate).ThenBy(m => m.Sequence).ToList());
        foreach (var movement in timeline.Movements) timeline.Apply(movement);
        return timeline;
    }

    private void Apply(PupilMovement m)
    {
        var before = CurrentSettings.ToArray();
        ApplyToState(m);
        _statusAfter[m.Id] = State?.Status;
        _presentAt[m.Id] = [.. before, .. CurrentSettings, .. new[] { m.FromUrn, m.ToUrn }.OfType<string>()];
    }

    private void ApplyToState(PupilMovement m)
    {
        var at = m.EffectiveDate;
        // A setting that notifies a movement from itself had the pupil, whether or not the admission was notified.
        if (m.FromUrn is not null) _settings.Add(m.FromUrn);
        switch (m.Type)
        {
            case MovementType.Admission:
                Become(PupilStatus.OnRoll, m.ToUrn, null, null, at);
                break;
            case MovementType.Deletion:
                ExpectAt(m, m.FromUrn, "a deletion from a setting the pupil is not on roll at");
                AfterLeaving(m, at);
                break;
            case MovementType.IntoAp:
                // The school it is from keeps the pupil on roll (dual registration), even if their admission was never notified.
                Become(PupilStatus.InAp, m.ToUrn, State is { Status: PupilStatus.OnRoll } ? State.Urn : m.FromUrn ?? State?.Home, null, at);
                break;
            case MovementType.OffSiteDirection:
                ExpectAt(m, m.FromUrn, "an off-site direction from a setting the pupil is not on roll at");
                Become(PupilStatus.InAp, m.ToUrn, m.FromUrn, null, at);
                break;
            case MovementType.OutOfAp:
                if (State is not { Status: PupilStatus.InAp } || State.Urn != m.FromUrn)
                {
                    Flag(m, "out of AP for a pupil not in AP at that setting");
                    break;
                }
                if (State.Home is not null) Become(PupilStatus.OnRoll, State.Home, null, null, at);
                else Become(PupilStatus.MissingEducation, null, null, Destinations.Unknown, at);
                break;
            case MovementType.ManagedMove:
                ExpectAt(m, m.FromUrn, "a managed move from a setting the pupil is not on roll at");
                Become(PupilStatus.OnRoll, m.ToUrn, null, null, at);
                break;
            case MovementType.Suspension:
            case MovementType.PermanentExclusion:
                ExpectAt(m, m.FromUrn, $"a {(m.Type == MovementType.Suspension ? "suspension" : "permanent exclusion")} from a setting the pupil is not on roll at");
                break;
            case MovementType.Ehe:
                Become(PupilStatus.Ehe, null, null, Destinations.Ehe, at);
                break;
            case MovementType.Eotas:
                Become(PupilStatus.Eotas, null, null, Destinations.Eotas, at);
                break;
            case MovementType.MissingEducation:
                Become(PupilStatus.MissingEducation, null, null, Destinations.Unknown, at);
                break;
            case MovementType.MovedToOtherLa:
                Become(PupilStatus.LeftArea, null, null, m.Destination, at);
                break;
        }
    }

    private void AfterLeaving(PupilMovement m, DateOnly at)
    {
        if (m.ToUrn is not null) Become(PupilStatus.OnRoll, m.ToUrn, null, null, at);
        else if (m.Destination == Destinations.Ehe) Become(PupilStatus.Ehe, null, null, m.Destination, at);
        else if (m.Destination == Destinations.Eotas) Become(PupilStatus.Eotas, null, null, m.Destination, at);
        else if (m.Destination is not null && Destinations.IsOtherLa(m.Destination)) Become(PupilStatus.LeftArea, null, null, m.Destination, at);
        else if (m.Destination is null or Destinations.Unknown) Become(PupilStatus.MissingEducation, null, null, Destinations.Unknown, at);
        else Become(PupilStatus.NotInSchool, null, null, m.Destination, at);
    }

    /// <summary>The pupil should be on roll (or placed) at the setting the movement is from.</summary>
    private void ExpectAt(PupilMovement m, string? urn, string finding)
    {
        if (State is null || (State.Urn != urn && State.Home != urn)) Flag(m, finding);
    }

    private void Become(PupilStatus status, string? urn, string? home, string? destination, DateOnly since)
    {
        State = new PupilState(status, urn, home, destination, since);
        if (urn is not null) _settings.Add(urn);
        if (home is not null) _settings.Add(home);
    }

    private void Flag(PupilMovement m, string description) => _findings.Add(new DataQualityFinding(m.Id, description));
}
