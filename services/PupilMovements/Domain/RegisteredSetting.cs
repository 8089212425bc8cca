namespace SendPlatform.PupilMovements.Domain;

/// <summary>
/// Where a setting is, and what kind, as the national settings register (inclusion-plans) last said: the LA a
/// setting's first notification about a pupil makes responsible, the area an LA may receive pupils into, and the
/// provision type the off-rolling signal compares it by.
/// </summary>
public sealed class RegisteredSetting
{
    private RegisteredSetting() { }

    public string Urn { get; private set; } = "";
    public string LaCode { get; private set; } = "";
    public string ProvisionType { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    public static RegisteredSetting For(string urn, string laCode, string provisionType, DateTimeOffset updatedAt) =>
        new() { Urn = urn, LaCode = laCode, ProvisionType = provisionType, UpdatedAt = updatedAt };

    /// <summary>Takes a newer entry; an older one arriving late changes nothing.</summary>
    public void Update(string laCode, string provisionType, DateTimeOffset updatedAt)
    {
        if (updatedAt <= UpdatedAt) return;
        LaCode = laCode;
        ProvisionType = provisionType;
        UpdatedAt = updatedAt;
    }
}
