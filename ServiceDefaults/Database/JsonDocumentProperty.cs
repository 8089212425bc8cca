using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SendPlatform.ServiceDefaults.Database;

public static class JsonDocumentProperty
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Stores a value read and replaced whole, never queried inside, as one jsonb document. Changes are detected by
    /// comparing serialised forms, so replacing nested lists is saved.
    /// </summary>
    public static PropertyBuilder<T> HasJsonDocument<T>(this PropertyBuilder<T> property) where T : class =>
        property.AsJsonb(new ValueComparer<T>(
            (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
            value => JsonSerializer.Serialize(value, Json).GetHashCode(),
            value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Json), Json)!));

    /// <summary>
    /// Stores, as one jsonb document, a value written with its row and never changed through EF Core afterwards (a
    /// later change, if any, is made in SQL). EF Core snapshots a tracked value when it starts tracking and when it
    /// accepts a save, and compares it at every change check; compared by serialised form, as
    /// <see cref="HasJsonDocument{T}"/> must, that serialised the document at each of those steps and read it back
    /// at each snapshot. Compared by reference, it is serialised once, to be written. A change made in place to the
    /// value would not be saved; such a value is not written once.
    /// </summary>
    public static PropertyBuilder<T> HasWrittenOnceJsonDocument<T>(this PropertyBuilder<T> property) where T : class =>
        property.AsJsonb(new ValueComparer<T>((a, b) => ReferenceEquals(a, b), value => RuntimeHelpers.GetHashCode(value), value => value));

    /// <summary>A document as these properties store it, for a use case that writes its row without EF Core.</summary>
    public static string Serialize<T>(T value) where T : class => JsonSerializer.Serialize(value, Json);

    private static PropertyBuilder<T> AsJsonb<T>(this PropertyBuilder<T> property, ValueComparer<T> comparer) where T : class =>
        property
            .HasColumnType("jsonb")
            .HasConversion(value => Serialize(value), json => JsonSerializer.Deserialize<T>(json, Json)!, comparer);
}
