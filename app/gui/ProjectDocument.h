#pragma once
#include "Calculator.h"
#include "Catalog.h"
#include "PresetProject.h"
#include "Project.h"
#include "PublishedModelJob.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QMenu;
class QSettings;
class QWidget;

namespace mlcarbon {

class ProjectItemModel;

// The project as a document: the file it came from, whether it has unsaved changes, opening and
// saving it (with or without a dialog), the recent files and the question before changes are lost.
// The project itself is the ProjectItemModel's, which the window shows and edits.
class ProjectDocument : public QObject {
    Q_OBJECT
public:
    // `window` is the parent of this object and of its dialogs.
    ProjectDocument(const Catalog& catalog, const Calculator& calculator, ProjectItemModel* model, QSettings& settings,
                    QWidget* window);

    QString path() const { return m_path; }
    bool isModified() const { return m_modified; }
    // The published run the project came from, compared with the authors' figures, if any.
    const std::optional<PresetComparison>& preset() const { return m_preset; }
    // The published model (Epoch AI's record) the job came from, if any: its assumptions.
    const std::optional<ModelJob>& modelJob() const { return m_modelJob; }
    // The window's title: the project's name, else its file's, with the [*] modified mark.
    QString title() const;

    // Shows `project` as the one document, unmodified; `path` is its file ("" for none); `model`:
    // the published model its job came from.
    void load(Project project, const QString& path, std::optional<ModelJob> model = std::nullopt);
    // Each returns "" or a message naming the file and the problem; on an error the project on
    // screen is unchanged. `warnings` gets what a newer or extended file means.
    QString open(const QString& path, QStringList* warnings = nullptr);
    QString saveTo(const QString& path);
    QString openPreset(const QString& id);
    // A published model's job in the form; "" or, when its record lacks inputs, what to fill in.
    QString openModel(const QString& id);
    // open() for a person: a dialog says why it failed, or what the warnings mean.
    bool openAndTell(const QString& path);
    // Asks whether to save unsaved changes; false when the user cancels. Tests replace the question.
    bool maybeSave();
    void setUnsavedChangesQuestion(std::function<int()> ask) { m_askToSave = std::move(ask); }
    QStringList recentFiles() const;
    // Fills File > Open recent (just before it shows).
    void fillRecentMenu(QMenu* menu);

    // The File menu's commands, with their dialogs.
    void openWithDialog();
    bool save();
    bool saveAsWithDialog();
    // File > Open published model: the runs with reported emissions and Epoch AI's models.
    void openPublishedWithDialog();

signals:
    // Another project replaced the one shown (opened, new, a published run); `basis` is its basis.
    void loaded(mlcarbon::IntensityBasis basis);
    // The title or the modified mark changed.
    void titleChanged();
    // A published run opened as the project (File > Open published run).
    void presetOpened();
    void statusMessage(const QString& text, int timeoutMs);

private:
    void addRecentFile(const QString& path);

    const Catalog& m_catalog;
    const Calculator& m_calculator;
    ProjectItemModel* m_model;
    QSettings& m_settings;
    QWidget* m_window;
    QString m_path;
    bool m_modified = false;
    std::optional<PresetComparison> m_preset;
    std::optional<ModelJob> m_modelJob;
    std::function<int()> m_askToSave;
};

}  // namespace mlcarbon
