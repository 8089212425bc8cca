namespace SendPlatform.FundingBands.Domain;

/// <summary>A level of need; a higher ordinal is a higher need.</summary>
public sealed record Band(string Code, string Name, int Ordinal, string Descriptor);
