using Microsoft.EntityFrameworkCore;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.ApCommissioning.Domain.Providers;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.ApCommissioning.Application;

/// <summary>
/// An LA putting a provider on its own AP register. A URN (or, unregistered, a provider reference) is on an LA's
/// register once: a second is ALREADY_EXISTS, unless it repeats the first request's idempotency key, which answers
/// with the first provider.
/// </summary>
public sealed class RegisterProvider(ApDbContext db, TimeProvider clock)
{
    public async Task<ApProvider> RegisterAsync(CallerOrganisation caller, string? key, ProviderDetails details, CancellationToken cancellationToken)
    {
        caller.RequireLocalAuthorityOf(details.LaCode, "register providers on its AP register");
        var provider = ApProvider.Register(details, caller.OrgId, key, clock.GetStorageNow());
        db.Providers.Add(provider);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return provider;
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // A repeat collides on the URN as well as on its key, and PostgreSQL may report either: the key decides.
            db.ChangeTracker.Clear();
            if (key is not null && await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.RegisteredBy == caller.OrgId && p.IdempotencyKey == key,
                    cancellationToken) is { } first)
                return first;
            throw new AlreadyExistsException(details.Urn is not null
                ? $"URN {details.Urn} is already on LA {details.LaCode}'s AP register."
                : $"Provider reference {details.ProviderReference} is already on LA {details.LaCode}'s AP register.");
        }
    }
}
