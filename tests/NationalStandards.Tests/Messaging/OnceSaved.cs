using Microsoft.EntityFrameworkCore;

namespace SendPlatform.NationalStandards.Tests.Messaging;

/// <summary>
/// Runs an action when a context next saves: a test consumer counts what it applied only once the batch's changes
/// are saved, so a batch that fails counts nothing. The context outlives one attempt, so the hook unhooks itself.
/// </summary>
public static class OnceSaved
{
    public static void Then(DbContext db, Action action)
    {
        EventHandler<SavedChangesEventArgs>? hook = null;
        hook = (_, _) =>
        {
            db.SavedChanges -= hook;
            action();
        };
        db.SavedChanges += hook;
    }
}
